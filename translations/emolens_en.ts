<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>emolens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>&lt;h2&gt;EmoLens&lt;/h2&gt;&lt;p&gt;Speech emotion recognition workbench.&lt;/p&gt;&lt;p&gt;Open an audio file with &lt;b&gt;File &amp;gt; Open&lt;/b&gt; (Ctrl+O).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>&amp;Open Audio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>&amp;About EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>Open Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Still loading the previous file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Could not open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2, %3 Hz, %n channel(s), %4 s&lt;/p&gt;&lt;p&gt;%5 analysis segments of 2 s (0.4 s hop)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2, %3 Hz, %n channel, %4 s&lt;/p&gt;&lt;p&gt;%5 analysis segments of 2 s (0.4 s hop)&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2, %3 Hz, %n channels, %4 s&lt;/p&gt;&lt;p&gt;%5 analysis segments of 2 s (0.4 s hop)&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>%1 - EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>About EmoLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&lt;h3&gt;EmoLens %1&lt;/h3&gt;&lt;p&gt;A workbench for speech emotion recognition research, implementing Li, Song, McLoughlin, Guo &amp;amp; Dai, &lt;i&gt;An Attention Pooling based Representation Learning Method for Speech Emotion Recognition&lt;/i&gt; (Interspeech 2018).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Speech emotion recognition workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Audio file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Render the window (after loading FILE) to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
