<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../ui/corpus/AnnotationStore.cpp" line="30"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/AnnotationStore.cpp" line="31"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/AnnotationStore.cpp" line="32"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="33"/>
        <source>%1 (process %2 on %3, locked %4)%5</source>
        <translation>%1（主机 %3 上的进程 %2，%4锁定）%5</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="38"/>
        <source>; that process is no longer running</source>
        <translation>；该进程已不再运行</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="37"/>
        <source>Export as PNG, PDF or SVG...</source>
        <translation>导出为 PNG、PDF 或 SVG...</translation>
    </message>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="39"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="41"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="44"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/common/PlotExport.cpp" line="45"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="18"/>
        <location filename="../ui/analysis/PredictionExport.cpp" line="40"/>
        <source>Analyse a file first: there is no prediction to export.</source>
        <translation>请先分析一个文件：还没有可导出的预测。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="43"/>
        <source>Praat TextGrid (*.TextGrid)</source>
        <translation>Praat TextGrid (*.TextGrid)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="43"/>
        <source>ELAN annotation file (*.eaf)</source>
        <translation>ELAN 标注文件 (*.eaf)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="44"/>
        <source>Audacity labels (*.txt)</source>
        <translation>Audacity 标签 (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="44"/>
        <source>Sonic Visualiser CSV (*.csv)</source>
        <translation>Sonic Visualiser CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="50"/>
        <source>Export Prediction</source>
        <translation>导出预测</translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionExport.cpp" line="61"/>
        <source>Prediction exported: %1</source>
        <translation>预测已导出：%1</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="23"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="24"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="27"/>
        <source>CUDA GPU %1</source>
        <translation>CUDA GPU %1</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="31"/>
        <source>CUDA GPU (none visible)</source>
        <translation>CUDA GPU（未检测到）</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="31"/>
        <source>CUDA GPU (this build has no CUDA)</source>
        <translation>CUDA GPU（此版本不支持 CUDA）</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="54"/>
        <source>Computing on the CPU: %1</source>
        <translation>在 CPU 上计算：%1</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="129"/>
        <source>Where the network trains: Automatic takes a CUDA GPU when this build has CUDA and one is visible, else the CPU. Features are always computed and cached on the CPU.</source>
        <translation>网络训练所用的设备：“自动”在此版本支持 CUDA 且检测到 GPU 时使用 CUDA GPU，否则使用 CPU。特征始终在 CPU 上计算和缓存。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::AboutBox</name>
    <message>
        <location filename="../ui/common/AboutBox.cpp" line="13"/>
        <source>About EmoLens</source>
        <translation>关于 EmoLens</translation>
    </message>
    <message>
        <location filename="../ui/common/AboutBox.cpp" line="14"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;&lt;p&gt;The bundled model and demo clip derive from the Berlin Database of Emotional Speech (Burkhardt et al., Interspeech 2005).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;语音情感识别研究工作台，实现了 Li、Song、McLoughlin、Guo 与 Dai 的论文 &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt;（Interspeech 2018）。&lt;/p&gt;&lt;p&gt;内置模型与演示音频来自柏林情感语音数据库（Burkhardt 等，Interspeech 2005）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnalysisHeader</name>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="24"/>
        <source>No file open. Use File &gt; Open Audio, drop a file here, or File &gt; Open Demo.</source>
        <translation>未打开文件。请使用“文件 &gt; 打开音频”，或将文件拖放到此处，或使用“文件 &gt; 打开演示”。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="59"/>
        <source>No model loaded: open one with File &gt; Open Model.</source>
        <translation>未加载模型：请通过“文件 &gt; 打开模型”打开。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="66"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1 &amp;mdash; %2 pooling, classes: %3</source>
        <translation>&lt;b&gt;模型：&lt;/b&gt;%1 &amp;mdash; %2 池化，类别：%3</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="70"/>
        <source>; trained on %1</source>
        <translation>；训练语料 %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="72"/>
        <source>, speaker %1 held out</source>
        <translation>，留出说话人 %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="75"/>
        <source> (held-out WA %1 %, UA %2 %)</source>
        <translation>（留出集 WA %1 %，UA %2 %）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="80"/>
        <source>; computing on %1 in %2</source>
        <translation>；在 %1 上以 %2 计算</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="82"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="82"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="91"/>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="105"/>
        <source>Analysis of %1 cancelled.</source>
        <translation>已取消对 %1 的分析。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="106"/>
        <source>Could not analyse %1.</source>
        <translation>无法分析 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="111"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment(s) of %3 s every %4 s</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 秒，%n 个 %3 秒片段，每 %4 秒一个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="122"/>
        <source>Predicting...</source>
        <translation>正在预测...</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="126"/>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt; (%2 %)</source>
        <translation>&lt;b&gt;预测：%1&lt;/b&gt;（%2 %）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="146"/>
        <source>&lt;b&gt;Segment %1 of %2&lt;/b&gt;, %3-%4 s: the network&apos;s exact input and its own maps. This segment: &lt;b&gt;%5&lt;/b&gt; (%6 %).</source>
        <translation>&lt;b&gt;第 %1 个片段（共 %2 个）&lt;/b&gt;，%3-%4 秒：网络的确切输入及其自身的注意力图。本片段：&lt;b&gt;%5&lt;/b&gt;（%6 %）。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="155"/>
        <source> The last %1 s are zero padding.</source>
        <translation> 最后 %1 秒为补零。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisHeader.cpp" line="156"/>
        <source> Left/Right: previous/next segment; &lt;b&gt;Esc&lt;/b&gt; or &lt;i&gt;Whole utterance&lt;/i&gt;: back to the whole file.</source>
        <translation> 左/右：上一个/下一个片段；&lt;b&gt;Esc&lt;/b&gt; 或 &lt;i&gt;整句语音&lt;/i&gt;：返回整个文件。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnalysisPage</name>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="62"/>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="116"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="63"/>
        <source>Play the utterance, or the focused segment (Space)</source>
        <translation>播放整句语音或当前选中的片段（空格键）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="66"/>
        <source>Whole utterance</source>
        <translation>整句语音</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="67"/>
        <source>Leave the focused segment and show the whole utterance (Esc)</source>
        <translation>退出选中片段，显示整句语音（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="46"/>
        <source>Hover over the spectrogram for time, frequency and values.</source>
        <translation>将鼠标悬停在语谱图上可查看时间、频率和数值。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="132"/>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/AnalysisPage.cpp" line="116"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnnotationActions</name>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="28"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="82"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="113"/>
        <source>Could not open annotations</source>
        <translation>无法打开标注</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="35"/>
        <source>Annotations: %1</source>
        <translation>标注：%1</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="41"/>
        <source>Restore unsaved labels?</source>
        <translation>恢复未保存的标签？</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="42"/>
        <source>EmoLens found labels for %1 that were never saved (the last session ended without saving). Restore them? You can undo the restore.</source>
        <translation>EmoLens 发现 %1 有从未保存的标签（上次会话未保存就结束了）。要恢复吗？恢复操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="51"/>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="58"/>
        <source>%1 is open in another EmoLens: %2.</source>
        <translation>%1 已在另一个 EmoLens 中打开：%2。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="61"/>
        <source>Annotation file in use</source>
        <translation>标注文件正在使用</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="63"/>
        <source>Open it read-only (no changes can be made), or cancel and close it in the other EmoLens first.</source>
        <translation>以只读方式打开（无法做任何更改），或取消并先在另一个 EmoLens 中关闭它。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="65"/>
        <source>That EmoLens has ended without releasing its lock. Take the lock over to edit, or open the file read-only.</source>
        <translation>该 EmoLens 已结束但未释放锁。接管锁以进行编辑，或以只读方式打开文件。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="70"/>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="75"/>
        <source>Take Over Lock</source>
        <translation>接管锁</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="85"/>
        <source>Annotations (read-only): %1</source>
        <translation>标注（只读）：%1</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="89"/>
        <source>Could not take over the lock</source>
        <translation>无法接管锁</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="99"/>
        <source>Save Annotations As</source>
        <translation>标注另存为</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="100"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="171"/>
        <source>EmoLens annotations (*.json)</source>
        <translation>EmoLens 标注 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="101"/>
        <source>Open Annotations</source>
        <translation>打开标注</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="102"/>
        <source>EmoLens annotations (*.json);;All files (*)</source>
        <translation>EmoLens 标注 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="129"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="203"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="131"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="140"/>
        <source>Export Labels as CSV</source>
        <translation>将标签导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="140"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="145"/>
        <source>Export EmoEvaluation Files to Folder</source>
        <translation>将 EmoEvaluation 文件导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="151"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="163"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="153"/>
        <source>Labels exported</source>
        <translation>标签已导出</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="158"/>
        <source>Export Labels to Folder</source>
        <translation>将标签导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="165"/>
        <source>Labels exported to %1</source>
        <translation>标签已导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="170"/>
        <source>Compare with Annotation Files</source>
        <translation>与标注文件比较</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="176"/>
        <source>Could not compare annotators</source>
        <translation>无法比较标注者</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="179"/>
        <source>Agreement between annotators</source>
        <translation>标注者间一致性</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="181"/>
        <source>The Agreement column now shows each utterance&apos;s share of agreeing rater pairs; the review order &quot;Raters disagree most first&quot; sorts by it.</source>
        <translation>“一致性”列现在显示每条语句中意见一致的评分者对所占比例；审阅顺序“评分者分歧最大优先”按此排序。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="195"/>
        <source>Unsaved labels</source>
        <translation>未保存的标签</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="196"/>
        <source>Save the changed labels to %1 before closing?</source>
        <translation>关闭前将更改的标签保存到 %1 吗？</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="217"/>
        <source>Corrections are recorded as made by %1.</source>
        <translation>更正将记录为由 %1 完成。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="224"/>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="238"/>
        <source>Annotator Name</source>
        <translation>标注者姓名</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="224"/>
        <source>Name recorded with every label correction and note:</source>
        <translation>每次标签更正和备注所记录的姓名：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationActions.cpp" line="239"/>
        <source>Corrections and notes record who made them. Your name (change it later in Settings &gt; Annotator Name):</source>
        <translation>更正和备注会记录其作者。您的姓名（之后可在“设置 &gt; 标注者姓名”中更改）：</translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnnotationStore</name>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="94"/>
        <source>%1 is open in another EmoLens: %2.</source>
        <translation>%1 已在另一个 EmoLens 中打开：%2。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="129"/>
        <source>Could not remove the lock %1.lock.</source>
        <translation>无法删除锁文件 %1.lock。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="139"/>
        <source>%1 is open read-only; use File &gt; Save Annotations As to keep a copy.</source>
        <translation>%1 以只读方式打开；请使用“文件 &gt; 标注另存为”保存副本。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="144"/>
        <source>Choose an annotation file first (File &gt; Save Annotations As).</source>
        <translation>请先选择标注文件（文件 &gt; 标注另存为）。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/AnnotationStore.cpp" line="150"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>emolens::ui::AudioPlayer</name>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="37"/>
        <source>There is no audio to play.</source>
        <translation>没有可播放的音频。</translation>
    </message>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="42"/>
        <source>No audio output device was found (is a sound server such as PulseAudio or PipeWire running?). Playback is unavailable; everything else works.</source>
        <translation>未找到音频输出设备（PulseAudio 或 PipeWire 等声音服务是否在运行？）。无法播放，其他功能均可正常使用。</translation>
    </message>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="51"/>
        <source>The audio device %1 cannot play mono 16-bit audio at %2 Hz.</source>
        <translation>音频设备 %1 无法播放 %2 Hz 的单声道 16 位音频。</translation>
    </message>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="70"/>
        <source>Playback stopped: the audio device reported an error (%1).</source>
        <translation>播放已停止：音频设备报告错误（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/common/AudioPlayer.cpp" line="76"/>
        <source>The audio device %1 could not be opened for playback.</source>
        <translation>无法打开音频设备 %1 进行播放。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::ConfusionView</name>
    <message>
        <location filename="../ui/training/ConfusionView.cpp" line="50"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/training/ConfusionView.cpp" line="51"/>
        <source>True (row-normalised colour)</source>
        <translation>真实（颜色按行归一化）</translation>
    </message>
</context>
<context>
    <name>emolens::ui::CorpusPage</name>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="81"/>
        <source>No corpus open. Use File &gt; Open Corpus.</source>
        <translation>未打开语料库。请使用“文件 &gt; 打开语料库”。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="120"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="123"/>
        <source>Free-text note for this utterance (Enter to keep)</source>
        <translation>此语句的自由文本备注（按 Enter 保存）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="167"/>
        <source>Keys:%1  &lt;b&gt;0&lt;/b&gt; clear correction  &lt;b&gt;Up/Down&lt;/b&gt; move  &lt;b&gt;Enter&lt;/b&gt; open in Analysis  &lt;b&gt;Ctrl+Z&lt;/b&gt; undo  &lt;b&gt;Ctrl+Y&lt;/b&gt; redo</source>
        <translation>按键：%1  &lt;b&gt;0&lt;/b&gt; 清除更正  &lt;b&gt;上/下&lt;/b&gt; 移动  &lt;b&gt;Enter&lt;/b&gt; 在分析页打开  &lt;b&gt;Ctrl+Z&lt;/b&gt; 撤销  &lt;b&gt;Ctrl+Y&lt;/b&gt; 重做</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="173"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 utterances kept by the protocol, %3 excluded, %4 skipped while reading</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：协议保留 %2 条语句，排除 %3 条，读取时跳过 %4 条</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/CorpusPage.cpp" line="194"/>
        <source>%1: %n annotation(s) name utterances this corpus does not have (first: %2); they stay in the file but are not shown.</source>
        <translation>
            <numerusform>%1：%n 条标注指向本语料库中没有的语句（第一条：%2）；它们保留在文件中，但不显示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="213"/>
        <source>%1 is open read-only: labels and notes cannot change. Open it again without another EmoLens holding it to edit.</source>
        <translation>%1 以只读方式打开：标签和备注无法更改。请在没有其他 EmoLens 占用时重新打开以进行编辑。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="259"/>
        <source>Restore unsaved annotations</source>
        <translation>恢复未保存的标注</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="265"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="304"/>
        <source>Clear label of %1</source>
        <translation>清除 %1 的标签</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="305"/>
        <source>Label %1 as %2</source>
        <translation>将 %1 标为 %2</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="325"/>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPage.cpp" line="469"/>
        <source>%1 raters (%2), %3 items; observed agreement %4; Cohen&apos;s kappa %5; Fleiss&apos; kappa %6 (%7 items rated by all); Krippendorff&apos;s alpha %8</source>
        <translation>%1 位评分者（%2），%3 个条目；观测一致率 %4；Cohen kappa %5；Fleiss kappa %6（%7 个条目由全部评分者标注）；Krippendorff alpha %8</translation>
    </message>
</context>
<context>
    <name>emolens::ui::CorpusPredictor</name>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="49"/>
        <source>Cancel prediction</source>
        <translation>取消预测</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="90"/>
        <source>Predicting %n utterance(s)...</source>
        <translation>
            <numerusform>正在预测 %n 条语句...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="103"/>
        <source>No model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="104"/>
        <source>Open a model first (File &gt; Open Model): the review orders sort by its predictions.</source>
        <translation>请先打开模型（文件 &gt; 打开模型）：审阅顺序按其预测排序。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="108"/>
        <source>Predict the corpus?</source>
        <translation>预测语料库？</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="109"/>
        <source>This review order sorts by the model&apos;s predictions, which this corpus does not have yet. Predict all %1 utterances with %2 now? The table re-sorts once when it finishes.</source>
        <translation>此审阅顺序按模型的预测排序，而该语料库尚无预测结果。现在用 %2 预测全部 %1 条语句吗？完成后表格将重新排序一次。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="128"/>
        <source>Prediction failed.</source>
        <translation>预测失败。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="129"/>
        <source>Prediction failed</source>
        <translation>预测失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="131"/>
        <source>Prediction cancelled after %n utterance(s).</source>
        <translation>
            <numerusform>已预测 %n 条语句后取消。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="134"/>
        <source>Predicted %1 utterances; %2 could not be read (their rows say why).</source>
        <translation>已预测 %1 条语句；%2 条无法读取（原因见对应行）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corpus/CorpusPredictor.cpp" line="136"/>
        <source>Predicted %n utterance(s).</source>
        <translation>
            <numerusform>已预测 %n 条语句。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emolens::ui::DialogView</name>
    <message>
        <location filename="../ui/corpus/DialogView.cpp" line="24"/>
        <source>Dialog time (s)</source>
        <translation>对话时间（秒）</translation>
    </message>
</context>
<context>
    <name>emolens::ui::FoldTable</name>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="11"/>
        <source>Fold</source>
        <translation>折</translation>
    </message>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="11"/>
        <source>WA %</source>
        <translation>WA %</translation>
    </message>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="11"/>
        <source>UA %</source>
        <translation>UA %</translation>
    </message>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="11"/>
        <source>Utterances</source>
        <translation>语句数</translation>
    </message>
    <message>
        <location filename="../ui/training/FoldTable.cpp" line="28"/>
        <source>mean +- sd</source>
        <translation>均值 ± 标准差</translation>
    </message>
</context>
<context>
    <name>emolens::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/common/LanguageMenu.cpp" line="23"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Corpus</source>
        <translation>语料库</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>%1 - EmoLens[*]</source>
        <translation>%1 - EmoLens[*]</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Analysed %1</source>
        <translation>已分析 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Cannot play audio</source>
        <translation>无法播放音频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Open Audio...</source>
        <translation>打开音频(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Open &amp;Model...</source>
        <translation>打开模型(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Use &amp;Bundled Model</source>
        <translation>使用内置模型(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&amp;Export Plots...</source>
        <translation>导出图表(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Export &amp;Prediction...</source>
        <translation>导出预测(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Open &amp;Corpus...</source>
        <translation>打开语料库(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>Open &amp;Annotations...</source>
        <translation>打开标注(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Save Annotations</source>
        <translation>保存标注(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Save Annotations &amp;As...</source>
        <translation>标注另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Export Labels as &amp;EmoEvaluation...</source>
        <translation>将标签导出为 EmoEvaluation(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>Export Labels as CS&amp;V...</source>
        <translation>将标签导出为 CSV(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>Export &amp;Labels for</source>
        <translation>导出标签到(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;Praat (TextGrid)...</source>
        <translation>&amp;Praat (TextGrid)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;ELAN (.eaf)...</source>
        <translation>&amp;ELAN (.eaf)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Audacity (label track)...</source>
        <translation>&amp;Audacity（标签轨）...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Compare Annota&amp;tors...</source>
        <translation>比较标注者(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Export Results as &amp;HTML Report...</source>
        <translation>将结果导出为 HTML 报告(&amp;H)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>&amp;Predict Corpus with Current Model</source>
        <translation>用当前模型预测语料库(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Play / &amp;Pause Audio</source>
        <translation>播放 / 暂停音频(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Plays the file on the analysis page, or its focused segment (Space on the page)</source>
        <translation>播放分析页上的文件或其选中的片段（在页面上按空格键）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>&amp;Annotator Name...</source>
        <translation>标注者姓名(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Model %1 loaded</source>
        <translation>已加载模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;About EmoLens</source>
        <translation>关于 EmoLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>The language changes the next time EmoLens starts.</source>
        <translation>语言将在下次启动 EmoLens 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>Compute &amp;Device</source>
        <translation>计算设备(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>Inference &amp;Precision</source>
        <translation>推理精度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>[labels read-only] %1</source>
        <translation>[标签只读] %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Open Audio</source>
        <translation>打开音频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation>音频文件 (*.wav *.flac *.ogg *.aif *.aiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Export Plots to Folder</source>
        <translation>将图表导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>Could not open corpus</source>
        <translation>无法打开语料库</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>EmoLens[*]</source>
        <translation>EmoLens[*]</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Could not open file</source>
        <translation>无法打开文件</translation>
    </message>
</context>
<context>
    <name>emolens::ui::MisclassifiedList</name>
    <message>
        <location filename="../ui/training/MisclassifiedList.cpp" line="36"/>
        <source>%1: %2 taken for %3 (%4 %)</source>
        <translation>%1：%2 被判为 %3（%4 %）</translation>
    </message>
</context>
<context>
    <name>emolens::ui::ModelLoader</name>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="29"/>
        <source>bundled default (%1)</source>
        <translation>内置默认模型（%1）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="39"/>
        <location filename="../ui/analysis/ModelLoader.cpp" line="56"/>
        <source>Could not open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="56"/>
        <source>The bundled model is missing from this build.</source>
        <translation>此版本缺少内置模型。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="65"/>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../ui/analysis/ModelLoader.cpp" line="66"/>
        <source>EmoLens models (*.emolens);;All files (*)</source>
        <translation>EmoLens 模型 (*.emolens);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>emolens::ui::OpenCorpusDialog</name>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="18"/>
        <source>Open Corpus</source>
        <translation>打开语料库</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="22"/>
        <source>IEMOCAP release (folder with Session1..5)</source>
        <translation>IEMOCAP 发布版（含 Session1..5 的文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="23"/>
        <source>EmoDB (folder of SSTTTEV.wav files)</source>
        <translation>EmoDB（SSTTTEV.wav 文件所在文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="24"/>
        <source>CSV manifest (path,speaker,label)</source>
        <translation>CSV 清单（path,speaker,label）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="25"/>
        <source>Audio with Praat, ELAN or Audacity labels (folder)</source>
        <translation>带 Praat、ELAN 或 Audacity 标签的音频（文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="27"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="30"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="34"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="37"/>
        <source>For label files: the emotion tier (tier=NAME), a label mapping (map=FROM:TO,...) and where speakers come from (speaker=tier, speaker=pattern:REGEX or speaker=manifest:FILE; default: the audio&apos;s folder). See docs/INTERCHANGE.md.</source>
        <translation>用于标签文件：情感层（tier=名称）、标签映射（map=原标签:类别,...）以及说话人来源（speaker=tier、speaker=pattern:正则表达式 或 speaker=manifest:文件；默认：音频所在文件夹）。参见 docs/INTERCHANGE.md。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="40"/>
        <source>Label options:</source>
        <translation>标签选项：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="46"/>
        <source>Classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="48"/>
        <source>Improvised</source>
        <translation>即兴</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="49"/>
        <source>Scripted</source>
        <translation>剧本</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="50"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="51"/>
        <source>IEMOCAP subset:</source>
        <translation>IEMOCAP 子集：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="52"/>
        <source>Count excited (exc) as happy</source>
        <translation>将兴奋（exc）计为高兴</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="56"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="57"/>
        <source>Minimum duration:</source>
        <translation>最短时长：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="75"/>
        <source>CSV Manifest</source>
        <translation>CSV 清单</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="76"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/corpus/OpenCorpusDialog.cpp" line="77"/>
        <source>Corpus Folder</source>
        <translation>语料库文件夹</translation>
    </message>
</context>
<context>
    <name>emolens::ui::OverlayControls</name>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="18"/>
        <source>Overlay:</source>
        <translation>叠加层：</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="27"/>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="36"/>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Jet</source>
        <translation>Jet 彩虹</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Thermal</source>
        <translation>热力</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Hot</source>
        <translation>炽热</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Spectrum</source>
        <translation>光谱</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="39"/>
        <source>Ion</source>
        <translation>离子</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="48"/>
        <source>Scale:</source>
        <translation>刻度：</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="52"/>
        <source>x uniform (fixed)</source>
        <translation>× 均匀值（固定）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="53"/>
        <source>Autoscale (1-99 %)</source>
        <translation>自动缩放（1-99 %）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="55"/>
        <source>x uniform: bottom-up attention as a multiple of 1/(H*W), the value of a model that attends everywhere alike, on a fixed logarithmic scale from 0.1x to 100x. Autoscale stretches every map over its own 1-99 % range, so even a flat map looks structured.</source>
        <translation>× 均匀值：自底向上注意力以 1/(H*W) 的倍数显示（即处处同等关注的模型的取值），采用固定的对数刻度 0.1× 至 100×。自动缩放会把每张图拉伸到其自身 1-99 % 的范围，因此即使平坦的图也会显得有结构。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="69"/>
        <source>None (spectrogram only)</source>
        <translation>无（仅语谱图）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="71"/>
        <source>Bottom-up attention softmax(B)</source>
        <translation>自底向上注意力 softmax(B)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="73"/>
        <source>Top-down map T: %1</source>
        <translation>自顶向下图 T：%1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/OverlayControls.cpp" line="75"/>
        <source>Contribution T*softmax(B): %1</source>
        <translation>贡献 T*softmax(B)：%1</translation>
    </message>
</context>
<context>
    <name>emolens::ui::PrecisionMenu</name>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="80"/>
        <source>Automatic (bfloat16 on this CPU)</source>
        <translation>自动（此 CPU 上为 bfloat16）</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="80"/>
        <source>Automatic (float32: this CPU has no native bfloat16)</source>
        <translation>自动（float32：此 CPU 不支持原生 bfloat16）</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="82"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="83"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="83"/>
        <source>bfloat16 (emulated on this CPU: slow)</source>
        <translation>bfloat16（此 CPU 上为模拟运算：较慢）</translation>
    </message>
    <message>
        <location filename="../ui/common/DeviceChoice.cpp" line="96"/>
        <source>The arithmetic of analysis and corpus predictions. bfloat16 is about 1.6x faster on CPUs with AVX512-BF16; on the ten EmoDB fold models it changed no held-out prediction and kept the class of over 99 % of segments.</source>
        <translation>分析和语料库预测所用的算术精度。在支持 AVX512-BF16 的 CPU 上，bfloat16 约快 1.6 倍；在十个 EmoDB 折模型上，它没有改变任何留出说话人的预测，并且 99% 以上的片段类别不变。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::PredictionBars</name>
    <message>
        <location filename="../ui/analysis/PredictionBars.cpp" line="13"/>
        <source>P(class)</source>
        <translation>P(类别)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionBars.cpp" line="36"/>
        <source>Utterance (mean of segments)</source>
        <translation>整句（片段平均）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/PredictionBars.cpp" line="41"/>
        <source>Segment %1 (%2-%3 s)</source>
        <translation>片段 %1（%2-%3 秒）</translation>
    </message>
</context>
<context>
    <name>emolens::ui::ResultsFolder</name>
    <message>
        <location filename="../ui/training/ResultsFolder.cpp" line="27"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/training/ResultsFolder.cpp" line="61"/>
        <source>Results Folder</source>
        <translation>结果文件夹</translation>
    </message>
</context>
<context>
    <name>emolens::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/training/ResultsPanel.cpp" line="20"/>
        <source>Folds</source>
        <translation>各折</translation>
    </message>
    <message>
        <location filename="../ui/training/ResultsPanel.cpp" line="23"/>
        <source>Receptive-field sweep</source>
        <translation>感受野扫描</translation>
    </message>
</context>
<context>
    <name>emolens::ui::ReviewBar</name>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="18"/>
        <source>Search id, speaker, label, note...</source>
        <translation>搜索编号、说话人、标签、备注...</translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="22"/>
        <source>Review order:</source>
        <translation>审阅顺序：</translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="25"/>
        <source>Corpus order</source>
        <translation>语料库顺序</translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="26"/>
        <source>Model disagrees with label first</source>
        <translation>模型与标签不一致者优先</translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="27"/>
        <source>Least confident first</source>
        <translation>置信度最低者优先</translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="28"/>
        <source>Raters disagree most first</source>
        <translation>评分者分歧最大优先</translation>
    </message>
    <message>
        <location filename="../ui/corpus/ReviewBar.cpp" line="29"/>
        <source>The review orders by prediction need the model&apos;s predictions (Edit &gt; Predict Corpus); choosing one offers to run it. The list re-sorts only when you choose an order, never under the row you are labelling.</source>
        <translation>按预测排序的审阅顺序需要模型的预测结果（编辑 &gt; 预测语料库）；选择时会提示运行预测。列表只在您选择顺序时重新排序，绝不会在您正在标注的行下方变动。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::RunStatus</name>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="29"/>
        <source>Preparing features...</source>
        <translation>正在准备特征...</translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="37"/>
        <source>Epoch %1/%2, batch %3/%4: loss %5, accuracy %6 %, learning rate %7, about %8 min left</source>
        <translation>第 %1/%2 轮，第 %3/%4 批：损失 %5，准确率 %6 %，学习率 %7，约剩 %8 分钟</translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="50"/>
        <source>Preparing features: %1 % of the training utterances</source>
        <translation>正在准备特征：已完成训练语句的 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="55"/>
        <source>Resumed after epoch %1 from the checkpoint.</source>
        <translation>已从检查点在第 %1 轮之后继续训练。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="60"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="67"/>
        <source>Cancelled before the first epoch finished: nothing was kept, and the next run starts afresh.</source>
        <translation>在第一轮完成前已取消：未保留任何内容，下次运行将重新开始。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/RunStatus.cpp" line="68"/>
        <source>Cancelled during epoch %1. The %n finished epoch(s) before it are kept in %2; Train fold with the same settings resumes from there.</source>
        <translation>
            <numerusform>在第 %1 轮中取消。此前已完成的 %n 轮保存在 %2 中；以相同设置点击“训练一折”将从那里继续。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="85"/>
        <source>&lt;b&gt;Held-out speaker %1: WA %2 %, UA %3 %&lt;/b&gt; (%4 utterances). Click a confusion cell to list its utterances.</source>
        <translation>&lt;b&gt;留出说话人 %1：WA %2 %，UA %3 %&lt;/b&gt;（%4 条语句）。单击混淆矩阵单元格可列出其语句。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="91"/>
        <source>&lt;b&gt;%1 folds: WA %2 +- %3 %, UA %4 +- %5 %&lt;/b&gt;; pooled WA %6 %, UA %7 %.</source>
        <translation>&lt;b&gt;%1 折：WA %2 ± %3 %，UA %4 ± %5 %&lt;/b&gt;；合并 WA %6 %，UA %7 %。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="100"/>
        <source>These folds had finished earlier in %1; their results are shown. Choose another results folder to train again.</source>
        <translation>这些折此前已在 %1 中完成，现显示其结果。如需重新训练，请选择其他结果文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunStatus.cpp" line="103"/>
        <source>Finished. Results and models are in %1.</source>
        <translation>完成。结果和模型位于 %1。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::ScheduleForm</name>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="76"/>
        <source>epochs</source>
        <translation>轮（epoch）</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="77"/>
        <source>SGD steps</source>
        <translation>SGD 步</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="78"/>
        <source>Epochs: the rate drops at epochs 21, 31 and 41 (the paper). SGD steps: as many epochs as the fold&apos;s training set needs for that many batches, the rate dropping at 40, 60 and 80 % of them.</source>
        <translation>轮：学习率在第 21、31、41 轮下降（论文设置）。SGD 步：按该折训练集达到这么多批次所需的轮数训练，学习率在其 40%、60%、80% 处下降。</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="83"/>
        <source>Length:</source>
        <translation>训练长度：</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="85"/>
        <source>Training speakers held out to choose the epoch (the ones after the held-out speaker, never it). The model keeps the epoch with the best validation UA.</source>
        <translation>从训练说话人中留出用于选择轮次的说话人（紧随留出测试说话人之后的说话人，绝不是测试说话人本身）。模型保留验证 UA 最高的那一轮。</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="87"/>
        <source>Validation speakers:</source>
        <translation>验证说话人：</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="89"/>
        <source>None (the paper)</source>
        <translation>无（论文设置）</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="89"/>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="92"/>
        <source>Class weights:</source>
        <translation>类别权重：</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="93"/>
        <source>Drop a partial last batch</source>
        <translation>丢弃不完整的最后一批</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="98"/>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="105"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="107"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="116"/>
        <source>conv1a height (x2):</source>
        <translation>conv1a 高度（×2）：</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="118"/>
        <source>conv1b width (2x):</source>
        <translation>conv1b 宽度（2×）：</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="120"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="121"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="122"/>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../ui/training/ScheduleForm.cpp" line="124"/>
        <source>Pooling:</source>
        <translation>池化：</translation>
    </message>
</context>
<context>
    <name>emolens::ui::SegmentStrip</name>
    <message>
        <location filename="../ui/analysis/SegmentStrip.cpp" line="15"/>
        <source>P(class)</source>
        <translation>P(类别)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/SegmentStrip.cpp" line="17"/>
        <source>Segment centre (s), classes coloured as in the bars - click a segment to focus it</source>
        <translation>片段中心（秒），类别颜色与柱状图一致 - 单击片段以选中</translation>
    </message>
</context>
<context>
    <name>emolens::ui::SpectrogramView</name>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="64"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="65"/>
        <source>Frequency (Hz)</source>
        <translation>频率（Hz）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="187"/>
        <source>softmax(B) x uniform (1 = 1/%1)
values %2 to %3 (%4x to %5x)</source>
        <translation>softmax(B) × 均匀值（1 = 1/%1）
取值 %2 至 %3（%4× 至 %5×）</translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="201"/>
        <source>colours: 1-99 % of this map
values %1 to %2</source>
        <translation>颜色：此图的 1-99 %
取值 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="214"/>
        <source>t = %1 s, f = %2 Hz, spectrogram %3</source>
        <translation>t = %1 秒，f = %2 Hz，语谱图 %3</translation>
    </message>
    <message>
        <location filename="../ui/analysis/SpectrogramView.cpp" line="217"/>
        <source>, %1 = %2</source>
        <translation>，%1 = %2</translation>
    </message>
</context>
<context>
    <name>emolens::ui::SweepPanel</name>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="20"/>
        <source>conv1a height</source>
        <translation>conv1a 高度</translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="21"/>
        <source>conv1b width</source>
        <translation>conv1b 宽度</translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="22"/>
        <location filename="../ui/training/SweepPanel.cpp" line="80"/>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="30"/>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="67"/>
        <source>WA %</source>
        <translation>WA %</translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="72"/>
        <source>UA %</source>
        <translation>UA %</translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="78"/>
        <source>conv1a height (frequency extent of the x2 kernel)</source>
        <translation>conv1a 高度（×2 卷积核的频率跨度）</translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="79"/>
        <source>conv1b width (time extent of the 2x kernel)</source>
        <translation>conv1b 宽度（2× 卷积核的时间跨度）</translation>
    </message>
    <message>
        <location filename="../ui/training/SweepPanel.cpp" line="81"/>
        <source>Held-out accuracy (%)</source>
        <translation>留出集准确率（%）</translation>
    </message>
</context>
<context>
    <name>emolens::ui::TrainingCurves</name>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="16"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="17"/>
        <source>Loss / accuracy</source>
        <translation>损失 / 准确率</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="20"/>
        <source>loss (running, per batch)</source>
        <translation>损失（滑动，每批）</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="22"/>
        <source>loss per epoch</source>
        <translation>每轮损失</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="26"/>
        <source>training accuracy per epoch</source>
        <translation>每轮训练准确率</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="30"/>
        <source>validation UA per epoch</source>
        <translation>每轮验证 UA</translation>
    </message>
</context>
<context>
    <name>emolens::ui::TrainingJob</name>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="28"/>
        <source>The settings differ from the experiment in %1, so these results go to a new folder, %2.</source>
        <translation>设置与 %1 中的实验不同，因此结果将写入新文件夹 %2。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="31"/>
        <source>Same settings as the experiment in %1: finished folds are kept and a cancelled fold resumes.</source>
        <translation>设置与 %1 中的实验相同：已完成的折将保留，已取消的折将继续训练。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="73"/>
        <source>%1 = %2: another process trains it (%3); waiting for its result.</source>
        <translation>%1 = %2：另一个进程正在训练它（%3）；正在等待其结果。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="91"/>
        <source>fold %1 (%2)</source>
        <translation>折 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="75"/>
        <location filename="../ui/training/TrainingJob.cpp" line="93"/>
        <source>its lock is held</source>
        <translation>其锁已被占用</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingJob.cpp" line="97"/>
        <source>Another process is training %1 in this results folder; it is left to that process.</source>
        <translation>另一个进程正在此结果文件夹中训练 %1；交由该进程完成。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::TrainingPage</name>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="43"/>
        <source>Open a corpus in the Corpus page first.</source>
        <translation>请先在“语料库”页打开语料库。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="46"/>
        <source>Corpus:</source>
        <translation>语料库：</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="49"/>
        <source>Held-out speaker:</source>
        <translation>留出说话人：</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="54"/>
        <source>Results folder:</source>
        <translation>结果文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="27"/>
        <source>Defaults are the paper&apos;s schedule: SGD, Nesterov 0.9, weight decay 1e-4, the rate divided by 10 at epochs 21, 31 and 41. Nothing is chosen on the held-out speaker.</source>
        <translation>默认值即论文的训练方案：SGD、Nesterov 动量 0.9、权重衰减 1e-4，学习率在第 21、31、41 轮各除以 10。不依据留出说话人选择任何参数。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="52"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="62"/>
        <source>Train fold</source>
        <translation>训练一折</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="65"/>
        <source>Run all folds</source>
        <translation>运行全部折</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="67"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="75"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="78"/>
        <source>Open results...</source>
        <translation>打开结果...</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="85"/>
        <source>Export report...</source>
        <translation>导出报告...</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPageUi.cpp" line="87"/>
        <source>One HTML file to share: the protocol, WA/UA per fold, the confusion matrix, recall per class and the training curves. It opens offline in any browser.</source>
        <translation>一个便于分享的 HTML 文件：实验方案、每折 WA/UA、混淆矩阵、各类别召回率和训练曲线。可在任何浏览器中离线打开。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="93"/>
        <source>%1, %2 utterances, %3 corrected labels</source>
        <translation>%1，%2 条语句，%3 个更正标签</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="206"/>
        <source>Computing on %1.</source>
        <translation>在 %1 上计算。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="255"/>
        <source>Sweep finished. Results are in %1 (sweep-%2.tsv).</source>
        <translation>扫描完成。结果位于 %1（sweep-%2.tsv）。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="329"/>
        <source>Nothing to report yet: %1 holds no finished folds. Train a fold or open results first.</source>
        <translation>暂无可报告的内容：%1 中没有已完成的折。请先训练一折或打开结果。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="334"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="336"/>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="345"/>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="358"/>
        <source>%1 holds no fold-*.json results (is it a cross-validation results folder?)</source>
        <translation>%1 中没有 fold-*.json 结果（这是交叉验证结果文件夹吗？）</translation>
    </message>
</context>
<context>
    <name>emolens::ui::UtteranceTableModel</name>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="101"/>
        <source>(error)</source>
        <translation>（错误）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="185"/>
        <source>Speaker %1 is in this model&apos;s training set: its prediction here is not held-out evidence.</source>
        <translation>说话人 %1 在该模型的训练集中：这里的预测不能作为留出（held-out）证据。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="187"/>
        <source>Speaker %1 chose this model&apos;s epoch (a validation speaker): its prediction here is not held-out evidence.</source>
        <translation>说话人 %1 用于选择该模型的训练轮次（验证说话人）：这里的预测不能作为留出（held-out）证据。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="192"/>
        <source>Share of raters whose votes include the corpus&apos;s own label. A correction does not change it; the corrected label shows how many raters chose it.</source>
        <translation>投票中包含语料库原标签的评分者比例。更正不会改变该值；更正后的标签会显示有多少评分者选择了它。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="194"/>
        <source>Share of agreeing rater pairs among the compared annotators (File &gt; Compare Annotators).</source>
        <translation>所比较的标注者中意见一致的评分者对所占比例（文件 &gt; 比较标注者）。</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="229"/>
        <source>%1 (%2 of %3 raters)</source>
        <translation>%1（%3 位评分者中有 %2 位）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="271"/>
        <source>%1 (seen in training)</source>
        <translation>%1（训练中见过）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="273"/>
        <source>%1 (validation speaker)</source>
        <translation>%1（验证说话人）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="283"/>
        <source>Utterance</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="285"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="287"/>
        <source>Dialog</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="289"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="291"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="293"/>
        <source>Original label</source>
        <translation>原始标签</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="295"/>
        <source>Corrected label</source>
        <translation>更正标签</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="297"/>
        <source>Raters&apos; votes</source>
        <translation>评注者投票</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="299"/>
        <source>Agreement</source>
        <translation>一致度</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="301"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="303"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../ui/corpus/UtteranceTableModel.cpp" line="305"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>emolens::ui::WaveformView</name>
    <message>
        <location filename="../ui/analysis/WaveformView.cpp" line="13"/>
        <source>Amplitude</source>
        <translation>幅度</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Speech emotion recognition workbench</source>
        <translation>语音情感识别工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Open the bundled demo clip with the default model.</source>
        <translation>用默认模型打开内置演示音频。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Use this model file.</source>
        <translation>使用此模型文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Overlay to show: none, bottom-up, top-down:CLASS or contribution:CLASS.</source>
        <translation>要显示的叠加层：none、bottom-up、top-down:类别 或 contribution:类别。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Render the window (after the analysis finished) to OUT.png and exit.</source>
        <translation>（分析完成后）将窗口渲染为 OUT.png 并退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Open this corpus (iemocap:ROOT, emodb:DIR, csv:FILE or labels:DIR) in the corpus browser.</source>
        <translation>在语料库浏览器中打开此语料库（iemocap:ROOT、emodb:DIR、csv:FILE 或 labels:DIR）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Keep corrected labels in this annotation file.</source>
        <translation>将更正的标签保存在此标注文件中。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Show this page: analysis, corpus or training.</source>
        <translation>显示此页面：analysis、corpus 或 training。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="78"/>
        <source>Start Train fold for this held-out speaker on the opened corpus (with --screenshot: after it finishes).</source>
        <translation>在已打开的语料库上以此说话人为留出集开始训练一折（配合 --screenshot：完成后截图）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="82"/>
        <source>Epochs for --train-fold.</source>
        <translation>--train-fold 的训练轮数。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="86"/>
        <source>Show this cross-validation results folder in the training panel.</source>
        <translation>在训练面板中显示此交叉验证结果文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="90"/>
        <source>Write the --results folder&apos;s HTML report to OUT.html and exit.</source>
        <translation>将 --results 文件夹的 HTML 报告写入 OUT.html 并退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>Audio file, EmoLens model (.emolens) or annotation file to open</source>
        <translation>要打开的音频文件、EmoLens 模型（.emolens）或标注文件</translation>
    </message>
</context>
</TS>
