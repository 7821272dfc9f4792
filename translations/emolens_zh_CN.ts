<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/PlotExport.cpp" line="36"/>
        <source>Export as PNG, PDF or SVG...</source>
        <translation>导出为 PNG、PDF 或 SVG...</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="37"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="38"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="40"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="40"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::AnalysisPage</name>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="98"/>
        <source>No file open. Use File &gt; Open Audio, drop a file here, or File &gt; Open Demo.</source>
        <translation>未打开文件。请使用“文件 &gt; 打开音频”，或将文件拖放到此处，或使用“文件 &gt; 打开演示”。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="108"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="121"/>
        <source>Overlay:</source>
        <translation>叠加层：</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="128"/>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="136"/>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Jet</source>
        <translation>Jet 彩虹</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Thermal</source>
        <translation>热力</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Hot</source>
        <translation>炽热</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Spectrum</source>
        <translation>光谱</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="139"/>
        <source>Ion</source>
        <translation>离子</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="147"/>
        <location filename="../ui/AnalysisPage.cpp" line="535"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="148"/>
        <source>Play the utterance, or the focused segment (Space)</source>
        <translation>播放整句语音或当前选中的片段（空格键）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="152"/>
        <source>Whole utterance</source>
        <translation>整句语音</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="153"/>
        <source>Leave the focused segment and show the whole utterance (Esc)</source>
        <translation>退出选中片段，显示整句语音（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="169"/>
        <source>Amplitude</source>
        <translation>幅度</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="182"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="183"/>
        <source>Frequency (Hz)</source>
        <translation>频率（Hz）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="202"/>
        <location filename="../ui/AnalysisPage.cpp" line="225"/>
        <source>P(class)</source>
        <translation>P(类别)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="204"/>
        <source>Segment centre (s), classes coloured as in the bars - click a segment to focus it</source>
        <translation>片段中心（秒），类别颜色与柱状图一致 - 单击片段以选中</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="276"/>
        <source>Hover over the spectrogram for time, frequency and values.</source>
        <translation>将鼠标悬停在语谱图上可查看时间、频率和数值。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="295"/>
        <source>No model loaded: open one with File &gt; Open Model.</source>
        <translation>未加载模型：请通过“文件 &gt; 打开模型”打开。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="302"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1 &amp;mdash; %2 pooling, classes: %3</source>
        <translation>&lt;b&gt;模型：&lt;/b&gt;%1 &amp;mdash; %2 池化，类别：%3</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="305"/>
        <source>; trained on %1</source>
        <translation>；训练语料 %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="307"/>
        <source>, speaker %1 held out</source>
        <translation>，留出说话人 %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="310"/>
        <source> (held-out WA %1 %, UA %2 %)</source>
        <translation>（留出集 WA %1 %，UA %2 %）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="319"/>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="329"/>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="350"/>
        <source>Analysis of %1 cancelled.</source>
        <translation>已取消对 %1 的分析。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="351"/>
        <source>Could not analyse %1.</source>
        <translation>无法分析 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AnalysisPage.cpp" line="362"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment(s) of 2 s every 0.4 s</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 秒，%n 个 2 秒片段（每 0.4 秒一个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="403"/>
        <source>None (spectrogram only)</source>
        <translation>无（仅语谱图）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="405"/>
        <source>Bottom-up attention softmax(B)</source>
        <translation>自底向上注意力 softmax(B)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="407"/>
        <source>Top-down map T: %1</source>
        <translation>自顶向下图 T：%1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="409"/>
        <source>Contribution T*softmax(B): %1</source>
        <translation>贡献 T*softmax(B)：%1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="227"/>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt; (%2 %)</source>
        <translation>&lt;b&gt;预测：%1&lt;/b&gt;（%2 %）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="230"/>
        <source>Utterance (mean of segments)</source>
        <translation>整句（片段平均）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="502"/>
        <source>t = %1 s, f = %2 Hz, spectrogram %3</source>
        <translation>t = %1 秒，f = %2 Hz，语谱图 %3</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="505"/>
        <source>, %1 = %2</source>
        <translation>，%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="535"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>emolens::ui::CorpusPage</name>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="72"/>
        <source>No corpus open. Use File &gt; Open Corpus.</source>
        <translation>未打开语料库。请使用“文件 &gt; 打开语料库”。</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="80"/>
        <source>Search id, speaker, label, note...</source>
        <translation>搜索编号、说话人、标签、备注...</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="84"/>
        <source>Review order:</source>
        <translation>审阅顺序：</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="87"/>
        <source>Corpus order</source>
        <translation>语料库顺序</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="88"/>
        <source>Model disagrees with label first</source>
        <translation>模型与标签不一致者优先</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="89"/>
        <source>Least confident first</source>
        <translation>置信度最低者优先</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="124"/>
        <source>Dialog time (s)</source>
        <translation>对话时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="142"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="145"/>
        <source>Free-text note for this utterance (Enter to keep)</source>
        <translation>此语句的自由文本备注（按 Enter 保存）</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="169"/>
        <source>Keys:%1  &lt;b&gt;0&lt;/b&gt; clear correction  &lt;b&gt;Up/Down&lt;/b&gt; move  &lt;b&gt;Enter&lt;/b&gt; open in Analysis  &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>按键：%1  &lt;b&gt;0&lt;/b&gt; 清除更正  &lt;b&gt;上/下&lt;/b&gt; 移动  &lt;b&gt;Enter&lt;/b&gt; 在分析页打开  &lt;b&gt;Ctrl+Z&lt;/b&gt; 撤销</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 utterances kept by the protocol, %3 excluded, %4 skipped while reading</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：协议保留 %2 条语句，排除 %3 条，读取时跳过 %4 条</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="200"/>
        <source>%1 is open in another EmoLens (process %2 on %3); close it there first.</source>
        <translation>%1 已在另一个 EmoLens 中打开（%3 上的进程 %2）；请先在那里关闭。</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="233"/>
        <source>Choose an annotation file first (File &gt; Save Annotations As).</source>
        <translation>请先选择标注文件（文件 &gt; 标注另存为）。</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="240"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="287"/>
        <source>Restore unsaved annotations</source>
        <translation>恢复未保存的标注</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="294"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="340"/>
        <source>Clear label of %1</source>
        <translation>清除 %1 的标签</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="341"/>
        <source>Label %1 as %2</source>
        <translation>将 %1 标为 %2</translation>
    </message>
    <message>
        <location filename="../ui/CorpusPage.cpp" line="360"/>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
</context>
<context>
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Corpus</source>
        <translation>语料库</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>%1 - EmoLens[*]</source>
        <translation>%1 - EmoLens[*]</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Analysed %1</source>
        <translation>已分析 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;Open Audio...</source>
        <translation>打开音频(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Open &amp;Model...</source>
        <translation>打开模型(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Use &amp;Bundled Model</source>
        <translation>使用内置模型(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Export Plots...</source>
        <translation>导出图表(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Open &amp;Corpus...</source>
        <translation>打开语料库(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Open &amp;Annotations...</source>
        <translation>打开标注(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Save Annotations</source>
        <translation>保存标注(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Save Annotations &amp;As...</source>
        <translation>标注另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Export Labels as &amp;EmoEvaluation...</source>
        <translation>将标签导出为 EmoEvaluation(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Export Labels as CS&amp;V...</source>
        <translation>将标签导出为 CSV(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Predict Corpus with Current Model</source>
        <translation>用当前模型预测语料库(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;About EmoLens</source>
        <translation>关于 EmoLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>The language changes the next time EmoLens starts.</source>
        <translation>语言将在下次启动 EmoLens 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Open Audio</source>
        <translation>打开音频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation>音频文件 (*.wav *.flac *.ogg *.aif *.aiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>bundled default (%1)</source>
        <translation>内置默认模型（%1）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Model %1 loaded</source>
        <translation>已加载模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Could not open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>The bundled model is missing from this build.</source>
        <translation>此版本缺少内置模型。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>EmoLens models (*.emolens);;All files (*)</source>
        <translation>EmoLens 模型 (*.emolens);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Export Plots to Folder</source>
        <translation>将图表导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>Unsaved labels</source>
        <translation>未保存的标签</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>Save the changed labels to %1 before closing?</source>
        <translation>关闭前将更改的标签保存到 %1 吗？</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Could not open corpus</source>
        <translation>无法打开语料库</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>Could not open annotations</source>
        <translation>无法打开标注</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>Restore unsaved labels?</source>
        <translation>恢复未保存的标签？</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>EmoLens found labels for %1 that were never saved (the last session ended without saving). Restore them? You can undo the restore.</source>
        <translation>EmoLens 发现 %1 有从未保存的标签（上次会话未保存就结束了）。要恢复吗？恢复操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>Annotations: %1</source>
        <translation>标注：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Save Annotations As</source>
        <translation>标注另存为</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>EmoLens annotations (*.json)</source>
        <translation>EmoLens 标注 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Open Annotations</source>
        <translation>打开标注</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>EmoLens annotations (*.json);;All files (*)</source>
        <translation>EmoLens 标注 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="441"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="449"/>
        <source>Export Labels as CSV</source>
        <translation>将标签导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="449"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>Export EmoEvaluation Files to Folder</source>
        <translation>将 EmoEvaluation 文件导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="460"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="462"/>
        <source>Labels exported</source>
        <translation>标签已导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Predicting %n utterance(s)...</source>
        <translation>
            <numerusform>正在预测 %n 条语句...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;&lt;p&gt;The bundled model and demo clip derive from the Berlin Database of Emotional Speech (Burkhardt et al., Interspeech 2005).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;语音情感识别研究工作台，实现了 Li、Song、McLoughlin、Guo 与 Dai 的论文 &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt;（Interspeech 2018）。&lt;/p&gt;&lt;p&gt;内置模型与演示音频来自柏林情感语音数据库（Burkhardt 等，Interspeech 2005）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>EmoLens[*]</source>
        <translation>EmoLens[*]</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Could not open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>About EmoLens</source>
        <translation>关于 EmoLens</translation>
    </message>
</context>
<context>
    <name>emolens::ui::OpenCorpusDialog</name>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="18"/>
        <source>Open Corpus</source>
        <translation>打开语料库</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="22"/>
        <source>IEMOCAP release (folder with Session1..5)</source>
        <translation>IEMOCAP 发布版（含 Session1..5 的文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="23"/>
        <source>EmoDB (folder of SSTTTEV.wav files)</source>
        <translation>EmoDB（SSTTTEV.wav 文件所在文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="24"/>
        <source>CSV manifest (path,speaker,label)</source>
        <translation>CSV 清单（path,speaker,label）</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="26"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="29"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="33"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="35"/>
        <source>Classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="37"/>
        <source>Improvised</source>
        <translation>即兴</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="38"/>
        <source>Scripted</source>
        <translation>剧本</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="39"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="40"/>
        <source>IEMOCAP subset:</source>
        <translation>IEMOCAP 子集：</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="41"/>
        <source>Count excited (exc) as happy</source>
        <translation>将兴奋（exc）计为高兴</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="45"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="46"/>
        <source>Minimum duration:</source>
        <translation>最短时长：</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="63"/>
        <source>CSV Manifest</source>
        <translation>CSV 清单</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="63"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/OpenCorpusDialog.cpp" line="64"/>
        <source>Corpus Folder</source>
        <translation>语料库文件夹</translation>
    </message>
</context>
<context>
    <name>emolens::ui::TrainingPage</name>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="447"/>
        <source>Epoch %1/%2, batch %3/%4: loss %5, accuracy %6 %, learning rate %7, about %8 min left</source>
        <translation>第 %1/%2 轮，第 %3/%4 批：损失 %5，准确率 %6 %，学习率 %7，约剩 %8 分钟</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="59"/>
        <source>Open a corpus in the Corpus page first.</source>
        <translation>请先在“语料库”页打开语料库。</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="62"/>
        <source>Corpus:</source>
        <translation>语料库：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="65"/>
        <source>Held-out speaker:</source>
        <translation>留出说话人：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="75"/>
        <source>Epochs:</source>
        <translation>训练轮数：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="77"/>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="83"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="85"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="87"/>
        <source>conv1a height (x2):</source>
        <translation>conv1a 高度（×2）：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="89"/>
        <source>conv1b width (2x):</source>
        <translation>conv1b 宽度（2×）：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="91"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="92"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="93"/>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="94"/>
        <source>Pooling:</source>
        <translation>池化：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="98"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="100"/>
        <location filename="../ui/TrainingPage.cpp" line="132"/>
        <source>Results Folder</source>
        <translation>结果文件夹</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="106"/>
        <source>Results folder:</source>
        <translation>结果文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="107"/>
        <source>Defaults are the paper&apos;s schedule: SGD, Nesterov 0.9, weight decay 1e-4, the rate divided by 10 at epochs 21, 31 and 41. Nothing is chosen on the held-out speaker.</source>
        <translation>默认值即论文的训练方案：SGD、Nesterov 动量 0.9、权重衰减 1e-4，学习率在第 21、31、41 轮各除以 10。不依据留出说话人选择任何参数。</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="114"/>
        <source>Train fold</source>
        <translation>训练一折</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="117"/>
        <source>Run all folds</source>
        <translation>运行全部折</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="127"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="130"/>
        <source>Open results...</source>
        <translation>打开结果...</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="160"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="161"/>
        <source>Loss / accuracy</source>
        <translation>损失 / 准确率</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="164"/>
        <source>loss (running, per batch)</source>
        <translation>损失（滑动，每批）</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="166"/>
        <source>loss per epoch</source>
        <translation>每轮损失</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="168"/>
        <source>training accuracy per epoch</source>
        <translation>每轮训练准确率</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="186"/>
        <source>Folds</source>
        <translation>各折</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="192"/>
        <source>conv1a height</source>
        <translation>conv1a 高度</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="193"/>
        <source>conv1b width</source>
        <translation>conv1b 宽度</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="194"/>
        <location filename="../ui/TrainingPage.cpp" line="494"/>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="202"/>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="217"/>
        <source>Receptive-field sweep</source>
        <translation>感受野扫描</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="220"/>
        <source>Fold</source>
        <translation>折</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="220"/>
        <location filename="../ui/TrainingPage.cpp" line="482"/>
        <source>WA %</source>
        <translation>WA %</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="220"/>
        <location filename="../ui/TrainingPage.cpp" line="487"/>
        <source>UA %</source>
        <translation>UA %</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="220"/>
        <source>Utterances</source>
        <translation>语句数</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="245"/>
        <source>%1, %2 utterances, %3 corrected labels</source>
        <translation>%1，%2 条语句，%3 个更正标签</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="329"/>
        <source>Preparing features...</source>
        <translation>正在准备特征...</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="358"/>
        <source>Cancelled. The last finished epoch is kept in the checkpoint; train again to resume.</source>
        <translation>已取消。最后完成的一轮已保存在检查点中；再次训练即可继续。</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="370"/>
        <source>Sweep finished. Results are in %1 (sweep-%2.tsv).</source>
        <translation>扫描完成。结果位于 %1（sweep-%2.tsv）。</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="384"/>
        <source>mean +- sd</source>
        <translation>均值 ± 标准差</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="388"/>
        <source>&lt;b&gt;Held-out speaker %1: WA %2 %, UA %3 %&lt;/b&gt; (%4 utterances). Click a confusion cell to list its utterances.</source>
        <translation>&lt;b&gt;留出说话人 %1：WA %2 %，UA %3 %&lt;/b&gt;（%4 条语句）。单击混淆矩阵单元格可列出其语句。</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="393"/>
        <source>&lt;b&gt;%1 folds: WA %2 +- %3 %, UA %4 +- %5 %&lt;/b&gt;; pooled WA %6 %, UA %7 %.</source>
        <translation>&lt;b&gt;%1 折：WA %2 ± %3 %，UA %4 ± %5 %&lt;/b&gt;；合并 WA %6 %，UA %7 %。</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="400"/>
        <source>These folds had finished earlier in %1; their results are shown. Choose another results folder to train again.</source>
        <translation>这些折此前已在 %1 中完成，现显示其结果。如需重新训练，请选择其他结果文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="402"/>
        <source>Finished. Results and models are in %1.</source>
        <translation>完成。结果和模型位于 %1。</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="435"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="436"/>
        <source>True (row-normalised colour)</source>
        <translation>真实（颜色按行归一化）</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="492"/>
        <source>conv1a height (frequency extent of the x2 kernel)</source>
        <translation>conv1a 高度（×2 卷积核的频率跨度）</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="493"/>
        <source>conv1b width (time extent of the 2x kernel)</source>
        <translation>conv1b 宽度（2× 卷积核的时间跨度）</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="495"/>
        <source>Held-out accuracy (%)</source>
        <translation>留出集准确率（%）</translation>
    </message>
    <message>
        <location filename="../ui/TrainingPage.cpp" line="517"/>
        <source>%1: %2 taken for %3 (%4 %)</source>
        <translation>%1：%2 被判为 %3（%4 %）</translation>
    </message>
</context>
<context>
    <name>emolens::ui::UtteranceTableModel</name>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="166"/>
        <source>Utterance</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="167"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="168"/>
        <source>Dialog</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="169"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="170"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="171"/>
        <source>Original label</source>
        <translation>原始标签</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="172"/>
        <source>Corrected label</source>
        <translation>更正标签</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="173"/>
        <source>Raters&apos; votes</source>
        <translation>评注者投票</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="174"/>
        <source>Agreement</source>
        <translation>一致度</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="175"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="176"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../ui/UtteranceTableModel.cpp" line="177"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Speech emotion recognition workbench</source>
        <translation>语音情感识别工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Audio file to open</source>
        <translation>要打开的音频文件</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Open the bundled demo clip with the default model.</source>
        <translation>用默认模型打开内置演示音频。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Use this model file.</source>
        <translation>使用此模型文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Overlay to show: none, bottom-up, top-down:CLASS or contribution:CLASS.</source>
        <translation>要显示的叠加层：none、bottom-up、top-down:类别 或 contribution:类别。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Render the window (after the analysis finished) to OUT.png and exit.</source>
        <translation>（分析完成后）将窗口渲染为 OUT.png 并退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Open this corpus (iemocap:ROOT, emodb:DIR or csv:FILE) in the corpus browser.</source>
        <translation>在语料库浏览器中打开此语料库（iemocap:ROOT、emodb:DIR 或 csv:FILE）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>Keep corrected labels in this annotation file.</source>
        <translation>将更正的标签保存在此标注文件中。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="75"/>
        <source>Show this page: analysis, corpus or training.</source>
        <translation>显示此页面：analysis、corpus 或 training。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="79"/>
        <source>Start Train fold for this held-out speaker on the opened corpus (with --screenshot: after it finishes).</source>
        <translation>在已打开的语料库上以此说话人为留出集开始训练一折（配合 --screenshot：完成后截图）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>Epochs for --train-fold.</source>
        <translation>--train-fold 的训练轮数。</translation>
    </message>
</context>
</TS>
