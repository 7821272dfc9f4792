<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>EmoLens</source>
        <translation>EmoLens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>&lt;h2&gt;EmoLens&lt;/h2&gt;&lt;p&gt;Speech emotion recognition workbench.&lt;/p&gt;&lt;p&gt;Open an audio file with &lt;b&gt;File &amp;gt; Open&lt;/b&gt; (Ctrl+O).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EmoLens&lt;/h2&gt;&lt;p&gt;语音情感识别工作台。&lt;/p&gt;&lt;p&gt;用&lt;b&gt;文件 &amp;gt; 打开&lt;/b&gt;（Ctrl+O）打开音频文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>&amp;Open Audio...</source>
        <translation>打开音频(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>&amp;About EmoLens</source>
        <translation>关于 EmoLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>Open Audio</source>
        <translation>打开音频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation>音频文件 (*.wav *.flac *.ogg *.aif *.aiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Still loading the previous file...</source>
        <translation>仍在加载上一个文件...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Loading %1...</source>
        <translation>正在加载 %1...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Could not open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2, %3 Hz, %n channel(s), %4 s&lt;/p&gt;&lt;p&gt;%5 analysis segments of 2 s (0.4 s hop)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2，%3 Hz，%n 个声道，%4 秒&lt;/p&gt;&lt;p&gt;%5 个 2 秒分析片段（步长 0.4 秒）&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>%1 - EmoLens</source>
        <translation>%1 - EmoLens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>About EmoLens</source>
        <translation>关于 EmoLens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;语音情感识别研究工作台，实现了 Li、Song、McLoughlin、Guo 与 Dai 的论文&lt;i&gt;《An Attention Pooling based Representation Learning Method for Speech Emotion Recognition》&lt;/i&gt;（Interspeech 2018）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Speech emotion recognition workbench</source>
        <translation>语音情感识别工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Audio file to open</source>
        <translation>要打开的音频文件</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Render the window (after loading FILE) to OUT.png and exit.</source>
        <translation>（加载 FILE 之后）将窗口渲染为 OUT.png 并退出。</translation>
    </message>
</context>
</TS>
