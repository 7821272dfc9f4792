<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>emolens::ui::AnalysisPage</name>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="130"/>
        <source>No file open. Use File &gt; Open Audio, drop a file here, or File &gt; Open Demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="140"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="153"/>
        <source>Overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="160"/>
        <source>Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="168"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Jet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Thermal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="179"/>
        <location filename="../ui/AnalysisPage.cpp" line="753"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="180"/>
        <source>Play the utterance, or the focused segment (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="184"/>
        <source>Whole utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="185"/>
        <source>Leave the focused segment and show the whole utterance (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="202"/>
        <source>Amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="215"/>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="216"/>
        <source>Frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="235"/>
        <location filename="../ui/AnalysisPage.cpp" line="258"/>
        <source>P(class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="237"/>
        <source>Segment centre (s), classes coloured as in the bars - click a segment to focus it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="309"/>
        <source>Hover over the spectrogram for time, frequency and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="328"/>
        <source>No model loaded: open one with File &gt; Open Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="335"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1 &amp;mdash; %2 pooling, classes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="338"/>
        <source>; trained on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="340"/>
        <source>, speaker %1 held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="343"/>
        <source> (held-out WA %1 %, UA %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="352"/>
        <source>No model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="362"/>
        <source>Analysing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="383"/>
        <source>Analysis of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="384"/>
        <source>Could not analyse %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AnalysisPage.cpp" line="395"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment(s) of 2 s every 0.4 s</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment of 2 s every 0.4 s</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segments of 2 s every 0.4 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="436"/>
        <source>None (spectrogram only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="438"/>
        <source>Bottom-up attention softmax(B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="440"/>
        <source>Top-down map T: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="442"/>
        <source>Contribution T*softmax(B): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="679"/>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt; (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="682"/>
        <source>Utterance (mean of segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="720"/>
        <source>t = %1 s, f = %2 Hz, spectrogram %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="723"/>
        <source>, %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="753"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="840"/>
        <source>Export as PNG, PDF or SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="841"/>
        <source>Export Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="842"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="844"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="844"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::CorpusPage</name>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="235"/>
        <source>No corpus open. Use File &gt; Open Corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="243"/>
        <source>Search id, speaker, label, note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="247"/>
        <source>Review order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="250"/>
        <source>Corpus order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="251"/>
        <source>Model disagrees with label first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="252"/>
        <source>Least confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="287"/>
        <source>Dialog time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="304"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="307"/>
        <source>Free-text note for this utterance (Enter to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="330"/>
        <source>Keys:%1  &lt;b&gt;0&lt;/b&gt; clear correction  &lt;b&gt;Up/Down&lt;/b&gt; move  &lt;b&gt;Enter&lt;/b&gt; open in Analysis  &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="336"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 utterances kept by the protocol, %3 excluded, %4 skipped while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="361"/>
        <source>%1 is open in another EmoLens (process %2 on %3); close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="399"/>
        <source>Choose an annotation file first (File &gt; Save Annotations As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="406"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="453"/>
        <source>Restore unsaved annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="460"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="508"/>
        <source>Clear label of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="509"/>
        <source>Label %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="528"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>%1 - EmoLens[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Analysed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Analysing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;Open Audio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>Open &amp;Model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Use &amp;Bundled Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;Export Plots...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Open &amp;Corpus...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Open &amp;Annotations...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>&amp;Save Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Save Annotations &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Export Labels as &amp;EmoEvaluation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>Export Labels as CS&amp;V...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Predict Corpus with Current Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>&amp;About EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>The language changes the next time EmoLens starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>Open Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>bundled default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Model %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Could not open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>The bundled model is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>EmoLens models (*.emolens);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Export Plots to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n file to %1</numerusform>
            <numerusform>Wrote %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Unsaved labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Save the changed labels to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <location filename="../ui/MainWindow.cpp" line="413"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>Could not open corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>Could not open annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Restore unsaved labels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="364"/>
        <source>EmoLens found labels for %1 that were never saved (the last session ended without saving). Restore them? You can undo the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>Annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>Save Annotations As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384"/>
        <source>EmoLens annotations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>Open Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>EmoLens annotations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="415"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <source>Export Labels as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="428"/>
        <source>Export EmoEvaluation Files to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="436"/>
        <source>Labels exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="448"/>
        <source>Predicting %n utterance(s)...</source>
        <translation>
            <numerusform>Predicting %n utterance...</numerusform>
            <numerusform>Predicting %n utterances...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="480"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;&lt;p&gt;The bundled model and demo clip derive from the Berlin Database of Emotional Speech (Burkhardt et al., Interspeech 2005).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>EmoLens[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Could not open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>About EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::OpenCorpusDialog</name>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="18"/>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="22"/>
        <source>IEMOCAP release (folder with Session1..5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="23"/>
        <source>EmoDB (folder of SSTTTEV.wav files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="24"/>
        <source>CSV manifest (path,speaker,label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="26"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="29"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="33"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="35"/>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="37"/>
        <source>Improvised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="38"/>
        <source>Scripted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="39"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="40"/>
        <source>IEMOCAP subset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="41"/>
        <source>Count excited (exc) as happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="45"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="46"/>
        <source>Minimum duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="63"/>
        <source>CSV Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="63"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="64"/>
        <source>Corpus Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::UtteranceTableModel</name>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="196"/>
        <source>Utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="197"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="198"/>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="199"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="200"/>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="201"/>
        <source>Original label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="202"/>
        <source>Corrected label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="203"/>
        <source>Raters&apos; votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="204"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="205"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="206"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="207"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Speech emotion recognition workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Audio file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Open the bundled demo clip with the default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Use this model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Overlay to show: none, bottom-up, top-down:CLASS or contribution:CLASS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Render the window (after the analysis finished) to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Open this corpus (iemocap:ROOT, emodb:DIR or csv:FILE) in the corpus browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Keep corrected labels in this annotation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>Show this page: analysis or corpus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
