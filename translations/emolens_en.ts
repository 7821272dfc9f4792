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
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>Analysed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Analysing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;Open Audio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Open &amp;Model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Use &amp;Bundled Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>&amp;Export Plots...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;About EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>The language changes the next time EmoLens starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Open Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>bundled default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Model %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Could not open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>The bundled model is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>EmoLens models (*.emolens);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Export Plots to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n file to %1</numerusform>
            <numerusform>Wrote %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;&lt;p&gt;The bundled model and demo clip derive from the Berlin Database of Emotional Speech (Burkhardt et al., Interspeech 2005).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Could not open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>%1 - EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>About EmoLens</source>
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
</context>
</TS>
