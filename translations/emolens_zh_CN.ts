<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>emolens::ui::AnalysisPage</name>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="130"/>
        <source>No file open. Use File &gt; Open Audio, drop a file here, or File &gt; Open Demo.</source>
        <translation>未打开文件。请使用“文件 &gt; 打开音频”，或将文件拖放到此处，或使用“文件 &gt; 打开演示”。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="140"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="153"/>
        <source>Overlay:</source>
        <translation>叠加层：</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="160"/>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="168"/>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Jet</source>
        <translation>Jet 彩虹</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Thermal</source>
        <translation>热力</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Hot</source>
        <translation>炽热</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Spectrum</source>
        <translation>光谱</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="171"/>
        <source>Ion</source>
        <translation>离子</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="179"/>
        <location filename="../ui/AnalysisPage.cpp" line="753"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="180"/>
        <source>Play the utterance, or the focused segment (Space)</source>
        <translation>播放整句语音或当前选中的片段（空格键）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="184"/>
        <source>Whole utterance</source>
        <translation>整句语音</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="185"/>
        <source>Leave the focused segment and show the whole utterance (Esc)</source>
        <translation>退出选中片段，显示整句语音（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="202"/>
        <source>Amplitude</source>
        <translation>幅度</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="215"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="216"/>
        <source>Frequency (Hz)</source>
        <translation>频率（Hz）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="235"/>
        <location filename="../ui/AnalysisPage.cpp" line="258"/>
        <source>P(class)</source>
        <translation>P(类别)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="237"/>
        <source>Segment centre (s), classes coloured as in the bars - click a segment to focus it</source>
        <translation>片段中心（秒），类别颜色与柱状图一致 - 单击片段以选中</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="309"/>
        <source>Hover over the spectrogram for time, frequency and values.</source>
        <translation>将鼠标悬停在语谱图上可查看时间、频率和数值。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="328"/>
        <source>No model loaded: open one with File &gt; Open Model.</source>
        <translation>未加载模型：请通过“文件 &gt; 打开模型”打开。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="335"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1 &amp;mdash; %2 pooling, classes: %3</source>
        <translation>&lt;b&gt;模型：&lt;/b&gt;%1 &amp;mdash; %2 池化，类别：%3</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="338"/>
        <source>; trained on %1</source>
        <translation>；训练语料 %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="340"/>
        <source>, speaker %1 held out</source>
        <translation>，留出说话人 %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="343"/>
        <source> (held-out WA %1 %, UA %2 %)</source>
        <translation>（留出集 WA %1 %，UA %2 %）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="352"/>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="362"/>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="383"/>
        <source>Analysis of %1 cancelled.</source>
        <translation>已取消对 %1 的分析。</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="384"/>
        <source>Could not analyse %1.</source>
        <translation>无法分析 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AnalysisPage.cpp" line="395"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 s, %n segment(s) of 2 s every 0.4 s</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2 秒，%n 个 2 秒片段（每 0.4 秒一个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="436"/>
        <source>None (spectrogram only)</source>
        <translation>无（仅语谱图）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="438"/>
        <source>Bottom-up attention softmax(B)</source>
        <translation>自底向上注意力 softmax(B)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="440"/>
        <source>Top-down map T: %1</source>
        <translation>自顶向下图 T：%1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="442"/>
        <source>Contribution T*softmax(B): %1</source>
        <translation>贡献 T*softmax(B)：%1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="679"/>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt; (%2 %)</source>
        <translation>&lt;b&gt;预测：%1&lt;/b&gt;（%2 %）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="682"/>
        <source>Utterance (mean of segments)</source>
        <translation>整句（片段平均）</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="720"/>
        <source>t = %1 s, f = %2 Hz, spectrogram %3</source>
        <translation>t = %1 秒，f = %2 Hz，语谱图 %3</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="723"/>
        <source>, %1 = %2</source>
        <translation>，%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="753"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="840"/>
        <source>Export as PNG, PDF or SVG...</source>
        <translation>导出为 PNG、PDF 或 SVG...</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="841"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="842"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="844"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPage.cpp" line="844"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>EmoLens</source>
        <translation>EmoLens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>Analysed %1</source>
        <translation>已分析 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;Open Audio...</source>
        <translation>打开音频(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Open &amp;Model...</source>
        <translation>打开模型(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Use &amp;Bundled Model</source>
        <translation>使用内置模型(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>&amp;Export Plots...</source>
        <translation>导出图表(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;About EmoLens</source>
        <translation>关于 EmoLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>The language changes the next time EmoLens starts.</source>
        <translation>语言将在下次启动 EmoLens 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Open Audio</source>
        <translation>打开音频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation>音频文件 (*.wav *.flac *.ogg *.aif *.aiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>bundled default (%1)</source>
        <translation>内置默认模型（%1）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Model %1 loaded</source>
        <translation>已加载模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Could not open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>The bundled model is missing from this build.</source>
        <translation>此版本缺少内置模型。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>EmoLens models (*.emolens);;All files (*)</source>
        <translation>EmoLens 模型 (*.emolens);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Export Plots to Folder</source>
        <translation>将图表导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;&lt;p&gt;The bundled model and demo clip derive from the Berlin Database of Emotional Speech (Burkhardt et al., Interspeech 2005).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;语音情感识别研究工作台，实现了 Li、Song、McLoughlin、Guo 与 Dai 的论文 &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt;（Interspeech 2018）。&lt;/p&gt;&lt;p&gt;内置模型与演示音频来自柏林情感语音数据库（Burkhardt 等，Interspeech 2005）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Could not open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>%1 - EmoLens</source>
        <translation>%1 - EmoLens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>About EmoLens</source>
        <translation>关于 EmoLens</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Speech emotion recognition workbench</source>
        <translation>语音情感识别工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Audio file to open</source>
        <translation>要打开的音频文件</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Open the bundled demo clip with the default model.</source>
        <translation>用默认模型打开内置演示音频。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Use this model file.</source>
        <translation>使用此模型文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Overlay to show: none, bottom-up, top-down:CLASS or contribution:CLASS.</source>
        <translation>要显示的叠加层：none、bottom-up、top-down:类别 或 contribution:类别。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Render the window (after the analysis finished) to OUT.png and exit.</source>
        <translation>（分析完成后）将窗口渲染为 OUT.png 并退出。</translation>
    </message>
</context>
</TS>
