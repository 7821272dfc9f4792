<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../ui/corpus/AnnotationStore.cpp" line="30"/>
        <source>%n second(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/AnnotationStore.cpp" line="31"/>
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/AnnotationStore.cpp" line="32"/>
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="33"/>
        <source>%1 (process %2 on %3, locked %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="38"/>
        <source>; that process is no longer running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="37"/>
        <source>Export as PNG, PDF or SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="39"/>
        <source>Export Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="41"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="44"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="45"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="18"/>
        <location filename="../ui/analysis/PredictionExport.cpp" line="40"/>
        <source>Analyse a file first: there is no prediction to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="43"/>
        <source>Praat TextGrid (*.TextGrid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="43"/>
        <source>ELAN annotation file (*.eaf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="44"/>
        <source>Audacity labels (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="44"/>
        <source>Sonic Visualiser CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="50"/>
        <source>Export Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="61"/>
        <source>Prediction exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="23"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="24"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="27"/>
        <source>CUDA GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="31"/>
        <source>CUDA GPU (none visible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="31"/>
        <source>CUDA GPU (this build has no CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="54"/>
        <source>Computing on the CPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="129"/>
        <source>Where the network trains: Automatic takes a CUDA GPU when this build has CUDA and one is visible, else the CPU. Features are always computed and cached on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::AboutBox</name>
    <message>
        <location filename="../ui/common/AboutBox.cpp" line="13"/>
        <source>About EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AboutBox.cpp" line="14"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;&lt;p&gt;The bundled model and demo clip derive from the Berlin Database of Emotional Speech (Burkhardt et al., Interspeech 2005).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnalysisHeader</name>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="24"/>
        <source>No file open. Use File &gt; Open Audio, drop a file here, or File &gt; Open Demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="34"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="59"/>
        <source>No model loaded: open one with File &gt; Open Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="66"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1 &amp;mdash; %2 pooling, classes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="70"/>
        <source>; trained on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="72"/>
        <source>, speaker %1 held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="75"/>
        <source> (held-out WA %1 %, UA %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="80"/>
        <source>; computing on %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="82"/>
        <source>bfloat16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="82"/>
        <source>float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="91"/>
        <source>Analysing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="105"/>
        <source>Analysis of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="106"/>
        <source>Could not analyse %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="111"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment(s) of %3 s every %4 s</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment of %3 s every %4 s</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segments of %3 s every %4 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="122"/>
        <source>Predicting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="126"/>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt; (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="146"/>
        <source>&lt;b&gt;Segment %1 of %2&lt;/b&gt;, %3-%4 s: the network&apos;s exact input and its own maps. This segment: &lt;b&gt;%5&lt;/b&gt; (%6 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="155"/>
        <source> The last %1 s are zero padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="156"/>
        <source> Left/Right: previous/next segment; &lt;b&gt;Esc&lt;/b&gt; or &lt;i&gt;Whole utterance&lt;/i&gt;: back to the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnalysisPage</name>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="62"/>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="116"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="63"/>
        <source>Play the utterance, or the focused segment (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="66"/>
        <source>Whole utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="67"/>
        <source>Leave the focused segment and show the whole utterance (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="46"/>
        <source>Hover over the spectrogram for time, frequency and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="132"/>
        <source>No model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="116"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnnotationActions</name>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="28"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="82"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="113"/>
        <source>Could not open annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="35"/>
        <source>Annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="41"/>
        <source>Restore unsaved labels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="42"/>
        <source>EmoLens found labels for %1 that were never saved (the last session ended without saving). Restore them? You can undo the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="51"/>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="58"/>
        <source>%1 is open in another EmoLens: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="61"/>
        <source>Annotation file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="63"/>
        <source>Open it read-only (no changes can be made), or cancel and close it in the other EmoLens first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="65"/>
        <source>That EmoLens has ended without releasing its lock. Take the lock over to edit, or open the file read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="70"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="75"/>
        <source>Take Over Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="85"/>
        <source>Annotations (read-only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="89"/>
        <source>Could not take over the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="99"/>
        <source>Save Annotations As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="100"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="171"/>
        <source>EmoLens annotations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="101"/>
        <source>Open Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="102"/>
        <source>EmoLens annotations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="129"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="203"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="131"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="140"/>
        <source>Export Labels as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="140"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="145"/>
        <source>Export EmoEvaluation Files to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="151"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="163"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="153"/>
        <source>Labels exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="158"/>
        <source>Export Labels to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="165"/>
        <source>Labels exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="170"/>
        <source>Compare with Annotation Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="176"/>
        <source>Could not compare annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="179"/>
        <source>Agreement between annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="181"/>
        <source>The Agreement column now shows each utterance&apos;s share of agreeing rater pairs; the review order &quot;Raters disagree most first&quot; sorts by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="195"/>
        <source>Unsaved labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="196"/>
        <source>Save the changed labels to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="217"/>
        <source>Corrections are recorded as made by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="224"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="238"/>
        <source>Annotator Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="224"/>
        <source>Name recorded with every label correction and note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="239"/>
        <source>Corrections and notes record who made them. Your name (change it later in Settings &gt; Annotator Name):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnnotationStore</name>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="94"/>
        <source>%1 is open in another EmoLens: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="129"/>
        <source>Could not remove the lock %1.lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="139"/>
        <source>%1 is open read-only; use File &gt; Save Annotations As to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="144"/>
        <source>Choose an annotation file first (File &gt; Save Annotations As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="150"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::AudioPlayer</name>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="37"/>
        <source>There is no audio to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="42"/>
        <source>No audio output device was found (is a sound server such as PulseAudio or PipeWire running?). Playback is unavailable; everything else works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="51"/>
        <source>The audio device %1 cannot play mono 16-bit audio at %2 Hz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="70"/>
        <source>Playback stopped: the audio device reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="76"/>
        <source>The audio device %1 could not be opened for playback.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::ConfusionView</name>
    <message>
        <location filename="../ui/training/ConfusionView.cpp" line="50"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ConfusionView.cpp" line="51"/>
        <source>True (row-normalised colour)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::CorpusPage</name>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="81"/>
        <source>No corpus open. Use File &gt; Open Corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="120"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="123"/>
        <source>Free-text note for this utterance (Enter to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="167"/>
        <source>Keys:%1  &lt;b&gt;0&lt;/b&gt; clear correction  &lt;b&gt;Up/Down&lt;/b&gt; move  &lt;b&gt;Enter&lt;/b&gt; open in Analysis  &lt;b&gt;Ctrl+Z&lt;/b&gt; undo  &lt;b&gt;Ctrl+Y&lt;/b&gt; redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="173"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 utterances kept by the protocol, %3 excluded, %4 skipped while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/CorpusPage.cpp" line="194"/>
        <source>%1: %n annotation(s) name utterances this corpus does not have (first: %2); they stay in the file but are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="213"/>
        <source>%1 is open read-only: labels and notes cannot change. Open it again without another EmoLens holding it to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="259"/>
        <source>Restore unsaved annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="265"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="304"/>
        <source>Clear label of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="305"/>
        <source>Label %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="325"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="469"/>
        <source>%1 raters (%2), %3 items; observed agreement %4; Cohen&apos;s kappa %5; Fleiss&apos; kappa %6 (%7 items rated by all); Krippendorff&apos;s alpha %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::CorpusPredictor</name>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="49"/>
        <source>Cancel prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="90"/>
        <source>Predicting %n utterance(s)...</source>
        <translation type="unfinished">
            <numerusform>Predicting %n utterance...</numerusform>
            <numerusform>Predicting %n utterances...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="103"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="104"/>
        <source>Open a model first (File &gt; Open Model): the review orders sort by its predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="108"/>
        <source>Predict the corpus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="109"/>
        <source>This review order sorts by the model&apos;s predictions, which this corpus does not have yet. Predict all %1 utterances with %2 now? The table re-sorts once when it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="128"/>
        <source>Prediction failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="129"/>
        <source>Prediction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="131"/>
        <source>Prediction cancelled after %n utterance(s).</source>
        <translation type="unfinished">
            <numerusform>Prediction cancelled after %n utterance.</numerusform>
            <numerusform>Prediction cancelled after %n utterances.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="134"/>
        <source>Predicted %1 utterances; %2 could not be read (their rows say why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="136"/>
        <source>Predicted %n utterance(s).</source>
        <translation type="unfinished">
            <numerusform>Predicted %n utterance.</numerusform>
            <numerusform>Predicted %n utterances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emolens::ui::DialogView</name>
    <message>
        <location filename="../ui/corpus/DialogView.cpp" line="24"/>
        <source>Dialog time (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::FoldTable</name>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="11"/>
        <source>Fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="11"/>
        <source>WA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="11"/>
        <source>UA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="11"/>
        <source>Utterances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="28"/>
        <source>mean +- sd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/common/LanguageMenu.cpp" line="23"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>%1 - EmoLens[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Analysed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Cannot play audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Analysing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Open Audio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Open &amp;Model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Use &amp;Bundled Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&amp;Export Plots...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Export &amp;Prediction...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Open &amp;Corpus...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>Open &amp;Annotations...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Save Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Save Annotations &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Export Labels as &amp;EmoEvaluation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>Export Labels as CS&amp;V...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>Export &amp;Labels for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;Praat (TextGrid)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;ELAN (.eaf)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Audacity (label track)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Compare Annota&amp;tors...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Export Results as &amp;HTML Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>&amp;Predict Corpus with Current Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Play / &amp;Pause Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Plays the file on the analysis page, or its focused segment (Space on the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>&amp;Annotator Name...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Model %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;About EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>The language changes the next time EmoLens starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>Compute &amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>Inference &amp;Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>[labels read-only] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Open Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Export Plots to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n file to %1</numerusform>
            <numerusform>Wrote %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>Could not open corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>EmoLens[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Could not open file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::MisclassifiedList</name>
    <message>
        <location filename="../ui/training/MisclassifiedList.cpp" line="36"/>
        <source>%1: %2 taken for %3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::ModelLoader</name>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="29"/>
        <source>bundled default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="39"/>
        <location filename="../ui/analysis/ModelLoader.cpp" line="56"/>
        <source>Could not open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="56"/>
        <source>The bundled model is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="65"/>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="66"/>
        <source>EmoLens models (*.emolens);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::OpenCorpusDialog</name>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="18"/>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="22"/>
        <source>IEMOCAP release (folder with Session1..5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="23"/>
        <source>EmoDB (folder of SSTTTEV.wav files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="24"/>
        <source>CSV manifest (path,speaker,label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="25"/>
        <source>Audio with Praat, ELAN or Audacity labels (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="27"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="30"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="34"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="37"/>
        <source>For label files: the emotion tier (tier=NAME), a label mapping (map=FROM:TO,...) and where speakers come from (speaker=tier, speaker=pattern:REGEX or speaker=manifest:FILE; default: the audio&apos;s folder). See docs/INTERCHANGE.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="40"/>
        <source>Label options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="46"/>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="48"/>
        <source>Improvised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="49"/>
        <source>Scripted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="50"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="51"/>
        <source>IEMOCAP subset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="52"/>
        <source>Count excited (exc) as happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="56"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="57"/>
        <source>Minimum duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="75"/>
        <source>CSV Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="76"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="77"/>
        <source>Corpus Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::OverlayControls</name>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="18"/>
        <source>Overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="27"/>
        <source>Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="36"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Jet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Thermal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="48"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="52"/>
        <source>x uniform (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="53"/>
        <source>Autoscale (1-99 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="55"/>
        <source>x uniform: bottom-up attention as a multiple of 1/(H*W), the value of a model that attends everywhere alike, on a fixed logarithmic scale from 0.1x to 100x. Autoscale stretches every map over its own 1-99 % range, so even a flat map looks structured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="69"/>
        <source>None (spectrogram only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="71"/>
        <source>Bottom-up attention softmax(B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="73"/>
        <source>Top-down map T: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="75"/>
        <source>Contribution T*softmax(B): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::PrecisionMenu</name>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="80"/>
        <source>Automatic (bfloat16 on this CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="80"/>
        <source>Automatic (float32: this CPU has no native bfloat16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="82"/>
        <source>float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="83"/>
        <source>bfloat16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="83"/>
        <source>bfloat16 (emulated on this CPU: slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="96"/>
        <source>The arithmetic of analysis and corpus predictions. bfloat16 is about 1.6x faster on CPUs with AVX512-BF16; on the ten EmoDB fold models it changed no held-out prediction and kept the class of over 99 % of segments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::PredictionBars</name>
    <message>
        <location filename="../ui/analysis/PredictionBars.cpp" line="13"/>
        <source>P(class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionBars.cpp" line="36"/>
        <source>Utterance (mean of segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionBars.cpp" line="41"/>
        <source>Segment %1 (%2-%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::ResultsFolder</name>
    <message>
        <location filename="../ui/training/ResultsFolder.cpp" line="27"/>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ResultsFolder.cpp" line="61"/>
        <source>Results Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/training/ResultsPanel.cpp" line="20"/>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ResultsPanel.cpp" line="23"/>
        <source>Receptive-field sweep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::ReviewBar</name>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="18"/>
        <source>Search id, speaker, label, note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="22"/>
        <source>Review order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="25"/>
        <source>Corpus order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="26"/>
        <source>Model disagrees with label first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="27"/>
        <source>Least confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="28"/>
        <source>Raters disagree most first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="29"/>
        <source>The review orders by prediction need the model&apos;s predictions (Edit &gt; Predict Corpus); choosing one offers to run it. The list re-sorts only when you choose an order, never under the row you are labelling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::RunStatus</name>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="29"/>
        <source>Preparing features...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="37"/>
        <source>Epoch %1/%2, batch %3/%4: loss %5, accuracy %6 %, learning rate %7, about %8 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="50"/>
        <source>Preparing features: %1 % of the training utterances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="55"/>
        <source>Resumed after epoch %1 from the checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="60"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="67"/>
        <source>Cancelled before the first epoch finished: nothing was kept, and the next run starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/RunStatus.cpp" line="68"/>
        <source>Cancelled during epoch %1. The %n finished epoch(s) before it are kept in %2; Train fold with the same settings resumes from there.</source>
        <translation type="unfinished">
            <numerusform>Cancelled during epoch %1. The %n finished epoch before it is kept in %2; Train fold with the same settings resumes from there.</numerusform>
            <numerusform>Cancelled during epoch %1. The %n finished epochs before it are kept in %2; Train fold with the same settings resumes from there.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="85"/>
        <source>&lt;b&gt;Held-out speaker %1: WA %2 %, UA %3 %&lt;/b&gt; (%4 utterances). Click a confusion cell to list its utterances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="91"/>
        <source>&lt;b&gt;%1 folds: WA %2 +- %3 %, UA %4 +- %5 %&lt;/b&gt;; pooled WA %6 %, UA %7 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="100"/>
        <source>These folds had finished earlier in %1; their results are shown. Choose another results folder to train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="103"/>
        <source>Finished. Results and models are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::ScheduleForm</name>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="76"/>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="77"/>
        <source>SGD steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="78"/>
        <source>Epochs: the rate drops at epochs 21, 31 and 41 (the paper). SGD steps: as many epochs as the fold&apos;s training set needs for that many batches, the rate dropping at 40, 60 and 80 % of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="83"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="85"/>
        <source>Training speakers held out to choose the epoch (the ones after the held-out speaker, never it). The model keeps the epoch with the best validation UA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="87"/>
        <source>Validation speakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="89"/>
        <source>None (the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="89"/>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="92"/>
        <source>Class weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="93"/>
        <source>Drop a partial last batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="98"/>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="105"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="107"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="116"/>
        <source>conv1a height (x2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="118"/>
        <source>conv1b width (2x):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="120"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="121"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="122"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="124"/>
        <source>Pooling:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::SegmentStrip</name>
    <message>
        <location filename="../ui/analysis/SegmentStrip.cpp" line="15"/>
        <source>P(class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/SegmentStrip.cpp" line="17"/>
        <source>Segment centre (s), classes coloured as in the bars - click a segment to focus it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::SpectrogramView</name>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="64"/>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="65"/>
        <source>Frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="187"/>
        <source>softmax(B) x uniform (1 = 1/%1)
values %2 to %3 (%4x to %5x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="201"/>
        <source>colours: 1-99 % of this map
values %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="214"/>
        <source>t = %1 s, f = %2 Hz, spectrogram %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="217"/>
        <source>, %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::SweepPanel</name>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="20"/>
        <source>conv1a height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="21"/>
        <source>conv1b width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="22"/>
        <location filename="../ui/training/SweepPanel.cpp" line="80"/>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="30"/>
        <source>Run sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="67"/>
        <source>WA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="72"/>
        <source>UA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="78"/>
        <source>conv1a height (frequency extent of the x2 kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="79"/>
        <source>conv1b width (time extent of the 2x kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="81"/>
        <source>Held-out accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::TrainingCurves</name>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="16"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="17"/>
        <source>Loss / accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="20"/>
        <source>loss (running, per batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="22"/>
        <source>loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="26"/>
        <source>training accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="30"/>
        <source>validation UA per epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::TrainingJob</name>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="28"/>
        <source>The settings differ from the experiment in %1, so these results go to a new folder, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="31"/>
        <source>Same settings as the experiment in %1: finished folds are kept and a cancelled fold resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="73"/>
        <source>%1 = %2: another process trains it (%3); waiting for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="91"/>
        <source>fold %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="75"/>
        <location filename="../ui/training/TrainingJob.cpp" line="93"/>
        <source>its lock is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="97"/>
        <source>Another process is training %1 in this results folder; it is left to that process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::TrainingPage</name>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="43"/>
        <source>Open a corpus in the Corpus page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="46"/>
        <source>Corpus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="49"/>
        <source>Held-out speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="54"/>
        <source>Results folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="27"/>
        <source>Defaults are the paper&apos;s schedule: SGD, Nesterov 0.9, weight decay 1e-4, the rate divided by 10 at epochs 21, 31 and 41. Nothing is chosen on the held-out speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="52"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="62"/>
        <source>Train fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="65"/>
        <source>Run all folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="67"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="75"/>
        <source>Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="78"/>
        <source>Open results...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="85"/>
        <source>Export report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="87"/>
        <source>One HTML file to share: the protocol, WA/UA per fold, the confusion matrix, recall per class and the training curves. It opens offline in any browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="93"/>
        <source>%1, %2 utterances, %3 corrected labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="206"/>
        <source>Computing on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="255"/>
        <source>Sweep finished. Results are in %1 (sweep-%2.tsv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="329"/>
        <source>Nothing to report yet: %1 holds no finished folds. Train a fold or open results first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="334"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="336"/>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="345"/>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="358"/>
        <source>%1 holds no fold-*.json results (is it a cross-validation results folder?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::UtteranceTableModel</name>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="101"/>
        <source>(error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="185"/>
        <source>Speaker %1 is in this model&apos;s training set: its prediction here is not held-out evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="187"/>
        <source>Speaker %1 chose this model&apos;s epoch (a validation speaker): its prediction here is not held-out evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="192"/>
        <source>Share of raters whose votes include the corpus&apos;s own label. A correction does not change it; the corrected label shows how many raters chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="194"/>
        <source>Share of agreeing rater pairs among the compared annotators (File &gt; Compare Annotators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="229"/>
        <source>%1 (%2 of %3 raters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="271"/>
        <source>%1 (seen in training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="273"/>
        <source>%1 (validation speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="283"/>
        <source>Utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="285"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="287"/>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="289"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="291"/>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="293"/>
        <source>Original label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="295"/>
        <source>Corrected label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="297"/>
        <source>Raters&apos; votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="299"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="301"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="303"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="305"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emolens::ui::WaveformView</name>
    <message>
        <location filename="../ui/analysis/WaveformView.cpp" line="13"/>
        <source>Amplitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Speech emotion recognition workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Open the bundled demo clip with the default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Use this model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Overlay to show: none, bottom-up, top-down:CLASS or contribution:CLASS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Render the window (after the analysis finished) to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Open this corpus (iemocap:ROOT, emodb:DIR, csv:FILE or labels:DIR) in the corpus browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Keep corrected labels in this annotation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Show this page: analysis, corpus or training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="78"/>
        <source>Start Train fold for this held-out speaker on the opened corpus (with --screenshot: after it finishes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="82"/>
        <source>Epochs for --train-fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="86"/>
        <source>Show this cross-validation results folder in the training panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="90"/>
        <source>Write the --results folder&apos;s HTML report to OUT.html and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>Audio file, EmoLens model (.emolens) or annotation file to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
