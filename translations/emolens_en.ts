<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/PlotExport.cpp" line="36"/>
        <source>Export as PNG, PDF or SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="37"/>
        <source>Export Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="38"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="40"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="40"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnalysisPage</name>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="98"/>
        <source>No file open. Use File &gt; Open Audio, drop a file here, or File &gt; Open Demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="108"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="121"/>
        <source>Overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="128"/>
        <source>Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="136"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Jet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Thermal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="147"/>
        <location filename="../ui/AnalysisPage.cpp" line="535"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="148"/>
        <source>Play the utterance, or the focused segment (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="152"/>
        <source>Whole utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="153"/>
        <source>Leave the focused segment and show the whole utterance (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="169"/>
        <source>Amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="182"/>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="183"/>
        <source>Frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="202"/>
        <location filename="../ui/AnalysisPage.cpp" line="225"/>
        <source>P(class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="204"/>
        <source>Segment centre (s), classes coloured as in the bars - click a segment to focus it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="276"/>
        <source>Hover over the spectrogram for time, frequency and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="295"/>
        <source>No model loaded: open one with File &gt; Open Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="302"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1 &amp;mdash; %2 pooling, classes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="305"/>
        <source>; trained on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="307"/>
        <source>, speaker %1 held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="310"/>
        <source> (held-out WA %1 %, UA %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="319"/>
        <source>No model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="329"/>
        <source>Analysing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="350"/>
        <source>Analysis of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="351"/>
        <source>Could not analyse %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AnalysisPage.cpp" line="362"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment(s) of 2 s every 0.4 s</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment of 2 s every 0.4 s</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segments of 2 s every 0.4 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="403"/>
        <source>None (spectrogram only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="405"/>
        <source>Bottom-up attention softmax(B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="407"/>
        <source>Top-down map T: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="409"/>
        <source>Contribution T*softmax(B): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="227"/>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt; (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="230"/>
        <source>Utterance (mean of segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="502"/>
        <source>t = %1 s, f = %2 Hz, spectrogram %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="505"/>
        <source>, %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="535"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::CorpusPage</name>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="72"/>
        <source>No corpus open. Use File &gt; Open Corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="80"/>
        <source>Search id, speaker, label, note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="84"/>
        <source>Review order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="87"/>
        <source>Corpus order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="88"/>
        <source>Model disagrees with label first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="89"/>
        <source>Least confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="124"/>
        <source>Dialog time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="142"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="145"/>
        <source>Free-text note for this utterance (Enter to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="169"/>
        <source>Keys:%1  &lt;b&gt;0&lt;/b&gt; clear correction  &lt;b&gt;Up/Down&lt;/b&gt; move  &lt;b&gt;Enter&lt;/b&gt; open in Analysis  &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 utterances kept by the protocol, %3 excluded, %4 skipped while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="200"/>
        <source>%1 is open in another EmoLens (process %2 on %3); close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="233"/>
        <source>Choose an annotation file first (File &gt; Save Annotations As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="240"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="287"/>
        <source>Restore unsaved annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="294"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="340"/>
        <source>Clear label of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="341"/>
        <source>Label %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="360"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>%1 - EmoLens[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Analysed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Analysing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;Open Audio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Open &amp;Model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Use &amp;Bundled Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Export Plots...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Open &amp;Corpus...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Open &amp;Annotations...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Save Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Save Annotations &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Export Labels as &amp;EmoEvaluation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Export Labels as CS&amp;V...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Predict Corpus with Current Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;About EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>The language changes the next time EmoLens starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Open Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>bundled default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Model %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Could not open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>The bundled model is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>EmoLens models (*.emolens);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Export Plots to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n file to %1</numerusform>
            <numerusform>Wrote %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>Unsaved labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>Save the changed labels to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Could not open corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>Could not open annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>Restore unsaved labels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>EmoLens found labels for %1 that were never saved (the last session ended without saving). Restore them? You can undo the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>Annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Save Annotations As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>EmoLens annotations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Open Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>EmoLens annotations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="441"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="449"/>
        <source>Export Labels as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="449"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>Export EmoEvaluation Files to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="460"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="462"/>
        <source>Labels exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Predicting %n utterance(s)...</source>
        <translation>
            <numerusform>Predicting %n utterance...</numerusform>
            <numerusform>Predicting %n utterances...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;&lt;p&gt;The bundled model and demo clip derive from the Berlin Database of Emotional Speech (Burkhardt et al., Interspeech 2005).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>EmoLens[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Could not open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
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
    <name>emolens::ui::TrainingPage</name>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="447"/>
        <source>Epoch %1/%2, batch %3/%4: loss %5, accuracy %6 %, learning rate %7, about %8 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="59"/>
        <source>Open a corpus in the Corpus page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="62"/>
        <source>Corpus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="65"/>
        <source>Held-out speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="75"/>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="77"/>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="83"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="85"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="87"/>
        <source>conv1a height (x2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="89"/>
        <source>conv1b width (2x):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="91"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="92"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="93"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="94"/>
        <source>Pooling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="98"/>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="100"/>
        <location filename="../ui/TrainingPage.cpp" line="132"/>
        <source>Results Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="106"/>
        <source>Results folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="107"/>
        <source>Defaults are the paper&apos;s schedule: SGD, Nesterov 0.9, weight decay 1e-4, the rate divided by 10 at epochs 21, 31 and 41. Nothing is chosen on the held-out speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="114"/>
        <source>Train fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="117"/>
        <source>Run all folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="119"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="127"/>
        <source>Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="130"/>
        <source>Open results...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="160"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="161"/>
        <source>Loss / accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="164"/>
        <source>loss (running, per batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="166"/>
        <source>loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="168"/>
        <source>training accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="186"/>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="192"/>
        <source>conv1a height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="193"/>
        <source>conv1b width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="194"/>
        <location filename="../ui/TrainingPage.cpp" line="494"/>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="202"/>
        <source>Run sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="217"/>
        <source>Receptive-field sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="220"/>
        <source>Fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="220"/>
        <location filename="../ui/TrainingPage.cpp" line="482"/>
        <source>WA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="220"/>
        <location filename="../ui/TrainingPage.cpp" line="487"/>
        <source>UA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="220"/>
        <source>Utterances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="245"/>
        <source>%1, %2 utterances, %3 corrected labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="329"/>
        <source>Preparing features...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="358"/>
        <source>Cancelled. The last finished epoch is kept in the checkpoint; train again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="370"/>
        <source>Sweep finished. Results are in %1 (sweep-%2.tsv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="384"/>
        <source>mean +- sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="388"/>
        <source>&lt;b&gt;Held-out speaker %1: WA %2 %, UA %3 %&lt;/b&gt; (%4 utterances). Click a confusion cell to list its utterances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="393"/>
        <source>&lt;b&gt;%1 folds: WA %2 +- %3 %, UA %4 +- %5 %&lt;/b&gt;; pooled WA %6 %, UA %7 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="400"/>
        <source>These folds had finished earlier in %1; their results are shown. Choose another results folder to train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="402"/>
        <source>Finished. Results and models are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="435"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="436"/>
        <source>True (row-normalised colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="492"/>
        <source>conv1a height (frequency extent of the x2 kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="493"/>
        <source>conv1b width (time extent of the 2x kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="495"/>
        <source>Held-out accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="517"/>
        <source>%1: %2 taken for %3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::UtteranceTableModel</name>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="166"/>
        <source>Utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="167"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="168"/>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="169"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="170"/>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="171"/>
        <source>Original label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="172"/>
        <source>Corrected label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="173"/>
        <source>Raters&apos; votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="174"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="175"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="176"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="177"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Speech emotion recognition workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Audio file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Open the bundled demo clip with the default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Use this model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Overlay to show: none, bottom-up, top-down:CLASS or contribution:CLASS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Render the window (after the analysis finished) to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Open this corpus (iemocap:ROOT, emodb:DIR or csv:FILE) in the corpus browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>Keep corrected labels in this annotation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="75"/>
        <source>Show this page: analysis, corpus or training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="79"/>
        <source>Start Train fold for this held-out speaker on the opened corpus (with --screenshot: after it finishes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>Epochs for --train-fold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
