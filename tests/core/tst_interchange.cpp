// Label files of other tools: every format round-trips through core's writer and reader,
// hand-written samples of each format's quirks read as their tools mean them (TextGrid
// long and short forms, UTF-8 and UTF-16; EAF time slots without values, reference
// annotations, EAF 2.x vocabularies; Audacity's spectral lines; Sonic Visualiser's
// exports), malformed files fail with the file and line, and Praat itself reads every
// TextGrid EmoLens writes (when praat is installed).
#include "emolens/Csv.h"
#include "emolens/Error.h"
#include "emolens/Interchange.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace emolens;

namespace {

LabelDocument sample()
{
    LabelDocument d;
    d.start = 0.0;
    d.end = 6.5;
    LabelTier emotion;
    emotion.name = "emotion";
    emotion.vocabulary = "classes";
    emotion.annotator = "Ana";
    emotion.items = {{0.25, 1.5, "angry", 0}, {2.0, 3.125, "sad \"quietly\"", 0}, {4.0, 6.5, "Ärger, ja", 0}};
    LabelTier p;
    p.name = "p(angry)";
    p.points = true;
    p.items = {{1.0, 1.0, "0.8123", 0}, {2.0, 2.0, "0.1000", 0}};
    d.tiers = {emotion, p};
    d.vocabularies["classes"] = {"angry", "sad \"quietly\"", "Ärger, ja"};
    d.properties["emolens:model"] = "fold-03.emolens";
    return d;
}

LabelDocument oneTier(const std::string &name, const std::vector<LabelInterval> &items, double end)
{
    LabelDocument d;
    d.end = end;
    LabelTier t;
    t.name = name;
    t.items = items;
    d.tiers.push_back(t);
    return d;
}

/// The labelled (non-empty) items of \p t.
std::vector<LabelInterval> labelled(const LabelTier &t)
{
    std::vector<LabelInterval> out;
    for (const auto &i : t.items)
        if (!i.text.empty())
            out.push_back(i);
    return out;
}

bool sameItems(const std::vector<LabelInterval> &a, const std::vector<LabelInterval> &b, double tolerance = 0.0)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::fabs(a[i].start - b[i].start) > tolerance || std::fabs(a[i].end - b[i].end) > tolerance ||
            a[i].text != b[i].text)
            return false;
    return true;
}

std::string utf16(const std::string &ascii, bool littleEndian)
{
    std::string out = littleEndian ? std::string("\xFF\xFE") : std::string("\xFE\xFF");
    for (char c : ascii) {
        out += littleEndian ? c : '\0';
        out += littleEndian ? '\0' : c;
    }
    return out;
}

// An EAF 2.8 file as older ELAN versions write it (plain literals: a raw string literal hides the test class from moc).
const char *const kOldEaf =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<ANNOTATION_DOCUMENT AUTHOR=\"\" DATE=\"2020-01-01T00:00:00+00:00\" FORMAT=\"2.8\" VERSION=\"2.8\">\n"
    "  <HEADER MEDIA_FILE=\"\" TIME_UNITS=\"milliseconds\">\n"
    "    <MEDIA_DESCRIPTOR MEDIA_URL=\"file:///data/a.wav\" MIME_TYPE=\"audio/x-wav\" "
    "RELATIVE_MEDIA_URL=\"./a.wav\"/>\n"
    "    <PROPERTY NAME=\"lastUsedAnnotationId\">4</PROPERTY>\n"
    "  </HEADER>\n"
    "  <TIME_ORDER>\n"
    "    <TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"1000\"/>\n"
    "    <TIME_SLOT TIME_SLOT_ID=\"ts2\"/>\n"
    "    <TIME_SLOT TIME_SLOT_ID=\"ts3\"/>\n"
    "    <TIME_SLOT TIME_SLOT_ID=\"ts4\" TIME_VALUE=\"4000\"/>\n"
    "  </TIME_ORDER>\n"
    "  <TIER LINGUISTIC_TYPE_REF=\"emo\" PARTICIPANT=\"Speaker A\" TIER_ID=\"emotion\">\n"
    "    <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts2\">\n"
    "      <ANNOTATION_VALUE>happy</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n"
    "    <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a2\" TIME_SLOT_REF1=\"ts3\" TIME_SLOT_REF2=\"ts4\">\n"
    "      <ANNOTATION_VALUE>sad &amp; tired</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n"
    "  </TIER>\n"
    "  <TIER LINGUISTIC_TYPE_REF=\"note\" PARENT_REF=\"emotion\" TIER_ID=\"note\">\n"
    "    <ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"a3\" ANNOTATION_REF=\"a2\">\n"
    "      <ANNOTATION_VALUE>sighs</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>\n"
    "  </TIER>\n"
    "  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"emo\" TIME_ALIGNABLE=\"true\" CONTROLLED_VOCABULARY_REF=\"emotions\"/>\n"
    "  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"note\" TIME_ALIGNABLE=\"false\" CONSTRAINTS=\"Symbolic_Association\"/>\n"
    "  <CONTROLLED_VOCABULARY CV_ID=\"emotions\" DESCRIPTION=\"\">\n"
    "    <CV_ENTRY DESCRIPTION=\"\">happy</CV_ENTRY>\n"
    "    <CV_ENTRY DESCRIPTION=\"\">sad &amp; tired</CV_ENTRY>\n"
    "  </CONTROLLED_VOCABULARY>\n"
    "</ANNOTATION_DOCUMENT>\n";

/// Expects Error(BadInput) whose message has \p fragment.
#define EXPECT_BAD(expr, fragment)                                                                                     \
    do {                                                                                                               \
        try {                                                                                                          \
            (void)(expr);                                                                                              \
            QFAIL("accepted a malformed file: " #expr);                                                                \
        } catch (const Error &e) {                                                                                     \
            QCOMPARE(e.kind(), ErrorKind::BadInput);                                                                   \
            QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());                             \
        }                                                                                                              \
    } while (0)

} // namespace

class TestInterchange : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const std::string &name) const { return m_dir.path().toStdString() + "/" + name; }

private Q_SLOTS:
    // One quoting rule for every CSV EmoLens writes (labels, predictions, corpus export).
    void csvFieldsAreQuotedWhenTheyMustBe()
    {
        QCOMPARE(csvField("angry"), std::string("angry"));
        QCOMPARE(csvField(""), std::string(""));
        QCOMPARE(csvField("a,b"), std::string("\"a,b\""));
        QCOMPARE(csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField("two\nlines"), std::string("\"two\nlines\""));
        QCOMPARE(csvField("cr\r"), std::string("\"cr\r\""));
        QCOMPARE(csvField(" padded "), std::string("\" padded \"")); // readers trim unquoted fields
        QCOMPARE(csvField("in between"), std::string("in between"));
        // What parseSvCsv reads back is what was written.
        const LabelDocument d = parseSvCsv("0.5,0.2," + csvField("a, \"b\"") + "\n", "quoted.csv");
        QCOMPARE(d.tiers.at(0).items.at(0).text, std::string("a, \"b\""));
    }

    void textGridRoundTrip()
    {
        const LabelDocument d = sample();
        const std::string text = writeTextGrid(d);
        const LabelDocument back = parseTextGrid(text, "x.TextGrid");
        QCOMPARE(back.tiers.size(), std::size_t(2));
        QCOMPARE(back.tiers[0].name, std::string("emotion"));
        QVERIFY(!back.tiers[0].points);
        QVERIFY(sameItems(labelled(back.tiers[0]), d.tiers[0].items));
        // Praat's interval tiers cover the domain: the gaps came back as empty intervals.
        QCOMPARE(back.tiers[0].items.front().start, 0.0);
        QCOMPARE(back.tiers[0].items.back().end, 6.5);
        for (std::size_t i = 1; i < back.tiers[0].items.size(); ++i)
            QCOMPARE(back.tiers[0].items[i].start, back.tiers[0].items[i - 1].end);
        QVERIFY(back.tiers[1].points);
        QVERIFY(sameItems(back.tiers[1].items, d.tiers[1].items));
        QCOMPARE(back.end, 6.5);
    }

    void textGridShortFormAndComments()
    {
        const std::string shortForm =
            "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n0\n2.5\n<exists>\n2\n"
            "\"IntervalTier\"\n\"words\"\n0\n2.5\n2\n0\n1.2\n\"hello \"\"you\"\"\"\n1.2\n2.5\n\"\"\n"
            "\"TextTier\"\n\"peaks\"\n0\n2.5\n1\n0.7\n\"max\"\n";
        const LabelDocument d = parseTextGrid(shortForm, "short.TextGrid");
        QCOMPARE(d.tiers.size(), std::size_t(2));
        QCOMPARE(d.tiers[0].items.size(), std::size_t(2));
        QCOMPARE(d.tiers[0].items[0].text, std::string("hello \"you\""));
        QCOMPARE(d.tiers[0].items[0].line, 13);
        QCOMPARE(d.tiers[1].items[0].start, 0.7);
        QCOMPARE(d.tiers[1].items[0].text, std::string("max"));
        // The long form as Praat writes it, with a comment and a label that spans lines.
        const std::string longForm =
            "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = 0 \nxmax = 3 \n"
            "tiers? <exists> \nsize = 1 \nitem []: \n    item [1]:\n        class = "
            "\"IntervalTier\" \n        name = \"emo\" ! the emotion tier\n        xmin = 0 \n"
            "        xmax = 3 \n        intervals: size = 1 \n        intervals [1]:\n"
            "            xmin = 0 \n            xmax = 3 \n            text = \"two\nlines\" \n";
        const LabelDocument l = parseTextGrid(longForm, "long.TextGrid");
        QCOMPARE(l.tiers.at(0).name, std::string("emo"));
        QCOMPARE(l.tiers[0].items.at(0).text, std::string("two\nlines"));
        // No tiers at all
        QCOMPARE(parseTextGrid("\"ooTextFile\" \"TextGrid\" 0 1 <absent>", "none.TextGrid").tiers.size(),
                 std::size_t(0));
    }

    void textGridUtf16AndBom()
    {
        const std::string text = writeTextGrid(oneTier("t", {{0.0, 1.0, "a", 0}}, 1.0));
        for (bool le : {true, false}) {
            const LabelDocument d = parseTextGrid(utf16(text, le), "u16.TextGrid");
            QCOMPARE(d.tiers.at(0).items.at(0).text, std::string("a"));
        }
        const LabelDocument bom = parseTextGrid("\xEF\xBB\xBF" + text, "bom.TextGrid");
        QCOMPARE(bom.tiers.at(0).items.at(0).text, std::string("a"));
        // A non-ASCII label in UTF-16 (U+00C4 and U+1F600, a surrogate pair) arrives as UTF-8.
        std::string le = "\xFF\xFE";
        for (char c : std::string("\"ooTextFile\" \"TextGrid\" 0 1 <exists> 1 \"IntervalTier\" \"t\" 0 1 1 0 1 \""))
            le += std::string{c, '\0'};
        le += std::string("\xC4\x00\x3D\xD8\x00\xDE\x22\x00", 8);
        QCOMPARE(parseTextGrid(le, "x.TextGrid").tiers.at(0).items.at(0).text, std::string("\xC3\x84\xF0\x9F\x98\x80"));
    }

    void textGridMalformed()
    {
        const std::string head = "\"ooTextFile\" \"TextGrid\" 0 1 <exists> 1 \"IntervalTier\" \"t\" 0 1 ";
        EXPECT_BAD(parseTextGrid(head + "2 0 0.5 \"a\"", "cut.TextGrid"), "cut.TextGrid: line 1: the file ends");
        EXPECT_BAD(parseTextGrid(head + "1000000000 0 1 \"a\"", "huge.TextGrid"), "a whole number up to");
        EXPECT_BAD(parseTextGrid(head + "2 0 0.6 \"a\" 0.5 1 \"b\"", "overlap.TextGrid"), "intervals overlap");
        EXPECT_BAD(parseTextGrid(head + "1 0 2 \"a\"", "outside.TextGrid"), "outside the tier's time domain");
        // A huge domain must not widen what counts as touching (fuzz_textgrid's finding).
        EXPECT_BAD(parseTextGrid("\"ooTextFile\" \"TextGrid\" 0 1e26 <exists> 1 \"IntervalTier\" \"t\" 0 1e26 2 0 3 "
                                 "\"a\" 1.25 1.5 \"b\"",
                                 "huge.TextGrid"),
                   "intervals overlap");
        EXPECT_BAD(parseTextGrid(head + "1 0.5 0.2 \"a\"", "backwards.TextGrid"), "ends before it starts");
        EXPECT_BAD(parseTextGrid(head + "1 0.5 0.5 \"a\"", "empty.TextGrid"), "ends where it starts");
        EXPECT_BAD(parseTextGrid(head + "1 0 1 \"a", "open.TextGrid"), "never closed");
        EXPECT_BAD(parseTextGrid(head + "1 0 1e999 \"a\"", "inf.TextGrid"), "not a number");
        EXPECT_BAD(parseTextGrid("\"ooTextFile\" \"Sound\" 0 1", "sound.TextGrid"), "not a TextGrid");
        EXPECT_BAD(parseTextGrid("ooBinaryFile\x08TextGrid", "bin.TextGrid"), "binary Praat file");
        EXPECT_BAD(parseTextGrid(std::string("\"ooText\0File\"", 13), "nul.TextGrid"), "NUL");
        EXPECT_BAD(parseTextGrid(std::string("\xFF\xFE\x00\xD8", 4), "surrogate.TextGrid"), "surrogate");
        EXPECT_BAD(parseTextGrid("\"ooTextFile\" \"TextGrid\" 0 1 <exists> 1 \"PitchTier\"", "c.TextGrid"),
                   "a tier of class");
        // Overlapping labels cannot be written into one interval tier: said, not mangled.
        const LabelDocument overlapping = oneTier("t", {{0.0, 1.0, "a", 0}, {0.5, 2.0, "b", 0}}, 2.0);
        EXPECT_BAD(writeTextGrid(overlapping), "overlap");
    }

    // Praat itself opens every TextGrid EmoLens writes and lists the same tiers and labels.
    void praatReadsWhatEmoLensWrites()
    {
        const QString praat = QStandardPaths::findExecutable(QStringLiteral("praat"));
        if (praat.isEmpty())
            QSKIP("praat is not installed (scripts/install-deps installs it)");
        LabelDocument d = sample();
        const std::string file = path("emolens.TextGrid");
        writeLabelFile(file, LabelFormat::TextGrid, d);
        const std::string script = path("list.praat");
        std::ofstream(script)
            << "tg = Read from file: \"" << file << "\"\n"
            << "n = Get number of tiers\n"
               "for t to n\n"
               "  name$ = Get tier name: t\n"
               "  interval = Is interval tier: t\n"
               "  if interval\n"
               "    m = Get number of intervals: t\n"
               "    for i to m\n"
               "      label$ = Get label of interval: t, i\n"
               "      if label$ <> \"\"\n"
               "        s = Get start time of interval: t, i\n"
               "        en = Get end time of interval: t, i\n"
               "        appendInfoLine: name$, tab$, fixed$(s, 6), tab$, fixed$(en, 6), tab$, label$\n"
               "      endif\n"
               "    endfor\n"
               "  else\n"
               "    m = Get number of points: t\n"
               "    for i to m\n"
               "      s = Get time of point: t, i\n"
               "      label$ = Get label of point: t, i\n"
               "      appendInfoLine: name$, tab$, fixed$(s, 6), tab$, fixed$(s, 6), tab$, label$\n"
               "    endfor\n"
               "  endif\n"
               "endfor\n";
        QProcess p;
        p.start(praat, {QStringLiteral("--run"), QString::fromStdString(script)});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
        QString expected;
        for (const LabelTier &t : d.tiers)
            for (const LabelInterval &i : t.items)
                expected += QStringLiteral("%1\t%2\t%3\t%4\n")
                                .arg(QString::fromStdString(t.name))
                                .arg(i.start, 0, 'f', 6)
                                .arg(i.end, 0, 'f', 6)
                                .arg(QString::fromStdString(i.text));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), expected);
    }

    void eafRoundTrip()
    {
        const LabelDocument d = sample();
        const LabelDocument back = parseEaf(writeEaf(d), "x.eaf");
        QCOMPARE(back.tiers.size(), std::size_t(2));
        QCOMPARE(back.tiers[0].annotator, std::string("Ana"));
        QCOMPARE(back.tiers[0].vocabulary, std::string("classes"));
        QVERIFY(sameItems(back.tiers[0].items, d.tiers[0].items, 0.0005)); // ELAN keeps milliseconds
        // p(angry)'s points at 1 s and 2 s: intervals reaching halfway to each other, and to the ends.
        QVERIFY(sameItems(back.tiers[1].items, {{0.0, 1.5, "0.8123", 0}, {1.5, 6.5, "0.1000", 0}}, 0.0005));
        QCOMPARE(back.vocabularies.at("classes"), d.vocabularies.at("classes"));
        QCOMPARE(back.properties.at("emolens:model"), std::string("fold-03.emolens"));
    }

    // Written as ELAN 4-6 and older tools write them: unaligned time slots (no TIME_VALUE)
    // placed between their neighbours, a reference tier, an EAF 2.x vocabulary.
    void eafHandWritten()
    {
        const std::string eaf = kOldEaf;
        const LabelDocument d = parseEaf(eaf, "old.eaf");
        QCOMPARE(d.mediaFile, std::string("/data/a.wav")); // MEDIA_URL without its scheme
        const LabelTier *emotion = d.tier("emotion");
        QVERIFY(emotion);
        QCOMPARE(emotion->participant, std::string("Speaker A"));
        QCOMPARE(emotion->vocabulary, std::string("emotions"));
        // ts2 and ts3 lie evenly between 1 s and 4 s.
        QVERIFY(sameItems(emotion->items, {{1.0, 2.0, "happy", 0}, {3.0, 4.0, "sad & tired", 0}}, 1e-9));
        QCOMPARE(emotion->items[1].line, 16);
        QVERIFY(sameItems(d.tier("note")->items, {{3.0, 4.0, "sighs", 0}}, 1e-9));
        QCOMPARE(d.vocabularies.at("emotions"), (std::vector<std::string>{"happy", "sad & tired"}));
    }

    void eafMalformed()
    {
        const std::string open = "<ANNOTATION_DOCUMENT><TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"0\"/>"
                                 "</TIME_ORDER><TIER TIER_ID=\"t\">";
        EXPECT_BAD(parseEaf(open + "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a\" TIME_SLOT_REF1=\"ts1\" "
                                   "TIME_SLOT_REF2=\"ts9\"/></ANNOTATION></TIER></ANNOTATION_DOCUMENT>",
                            "slot.eaf"),
                   "time slot ts9, which is not defined");
        EXPECT_BAD(parseEaf(open, "cut.eaf"), "not well-formed XML");
        EXPECT_BAD(
            parseEaf("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><ANNOTATION_DOCUMENT>&a;</ANNOTATION_DOCUMENT>", "dtd.eaf"),
            "DOCTYPE");
        EXPECT_BAD(parseEaf("<html/>", "html.eaf"), "not an ELAN file");
        EXPECT_BAD(parseEaf("<ANNOTATION_DOCUMENT><TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"a\" TIME_VALUE=\"-5\"/>"
                            "</TIME_ORDER></ANNOTATION_DOCUMENT>",
                            "neg.eaf"),
                   "not milliseconds");
        EXPECT_BAD(parseEaf(open + "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"r\" ANNOTATION_REF=\"nowhere\"/>"
                                   "</ANNOTATION></TIER></ANNOTATION_DOCUMENT>",
                            "ref.eaf"),
                   "refers to no time-aligned annotation");
    }

    void audacity()
    {
        // As Audacity exports: tabs, '.' decimals, a spectral-selection line, an empty label, CR LF.
        const std::string text = "0.500000\t1.250000\tangry\r\n\\\t100.0\t4000.0\r\n2.000000\t2.000000\t\r\n"
                                 "3.000000\t4.500000\tsad and slow\r\n";
        const LabelDocument d = parseAudacityLabels(text, "labels.txt", "labels");
        QVERIFY(sameItems(d.tiers.at(0).items,
                          {{0.5, 1.25, "angry", 0}, {2.0, 2.0, "", 0}, {3.0, 4.5, "sad and slow", 0}}));
        QCOMPARE(d.tiers[0].items[2].line, 4);
        const LabelDocument doc = sample();
        const LabelTier &emotion = doc.tiers[0];
        QVERIFY(sameItems(parseAudacityLabels(writeAudacityLabels(emotion), "x.txt").tiers.at(0).items, emotion.items));
        EXPECT_BAD(parseAudacityLabels("0.5 1.0 angry\n", "spaces.txt"), "spaces.txt: line 1: not \"start");
        EXPECT_BAD(parseAudacityLabels("0,5\t1,0\tangry\n", "comma.txt"), "must be seconds");
        EXPECT_BAD(parseAudacityLabels("2\t1\tx\n", "back.txt"), "ends before it starts");
    }

    void sonicVisualiser()
    {
        // A region layer as Sonic Visualiser exports it, with a header and a quoted label.
        const std::string regions = "time,value,duration,label\n0.5,0.9,1.5,angry\n2.25,0.6,1,\"sad, slow\"\n";
        const LabelDocument d = parseSvCsv(regions, "regions.csv");
        QVERIFY(!d.tiers.at(0).points);
        QVERIFY(sameItems(d.tiers[0].items, {{0.5, 2.0, "angry", 0}, {2.25, 3.25, "sad, slow", 0}}));
        // A time-value layer: points with their values as text.
        const LabelDocument curve = parseSvCsv("0.1,0.25\n0.2,0.5\n", "curve.csv");
        QVERIFY(curve.tiers.at(0).points);
        QVERIFY(sameItems(curve.tiers[0].items, {{0.1, 0.1, "0.25", 0}, {0.2, 0.2, "0.5", 0}}));
        // A time instants layer with labels.
        QVERIFY(sameItems(parseSvCsv("1.5,onset\n", "instants.csv").tiers.at(0).items, {{1.5, 1.5, "onset", 0}}));
        // Round trips of what EmoLens writes.
        const LabelDocument doc = sample();
        const LabelTier &emotion = doc.tiers[0];
        QVERIFY(sameItems(parseSvCsv(writeSvRegions(emotion, {0.9, 0.6, 0.7}), "x.csv").tiers.at(0).items,
                          emotion.items, 1e-12));
        const LabelTier &p = doc.tiers[1];
        QVERIFY(sameItems(parseSvCsv(writeSvCurve(p), "p.csv").tiers.at(0).items,
                          {{1.0, 1.0, "0.8123", 0}, {2.0, 2.0, "0.1", 0}}));
        const float dense[6] = {1, 2, 3, 4, 5, 6}; // 2 rows x 3 columns
        QCOMPARE(writeSvDense(dense, 2, 3, 0.02, 0.01), std::string("0.02,1,4\n0.03,2,5\n0.04,3,6\n"));
        EXPECT_BAD(parseSvCsv("time,value\n0.1,0.2\nabc,1\n", "bad.csv"), "bad.csv: line 3: the first column");
        EXPECT_BAD(parseSvCsv("0.1,x,1,label\n", "v.csv"), "value");
        EXPECT_BAD(parseSvCsv("0.1,0.5,\"open\n", "q.csv"), "never closed");
    }

    void filesByExtension()
    {
        const LabelDocument d = sample();
        for (LabelFormat f : {LabelFormat::TextGrid, LabelFormat::Eaf, LabelFormat::Audacity, LabelFormat::SvCsv}) {
            const std::string file = path("labels" + labelFormatExtension(f));
            writeLabelFile(file, f, d);
            QCOMPARE(labelFormatOfPath(file), f);
            QCOMPARE(labelFormatFromName(labelFormatName(f)), f);
            const LabelDocument back = readLabelFile(file);
            QVERIFY2(sameItems(labelled(back.tiers.at(0)), d.tiers[0].items, 0.0005), file.c_str());
        }
        EXPECT_BAD(readLabelFile(path("labels.doc")), "not a label file");
        EXPECT_BAD(labelFormatFromName("praat-binary"), "not a label format");
    }

    // Five 2 s segments every second over 6 s, winners a a b b a: three regions, their
    // boundaries halfway between the centres of the segments on either side.
    void predictionsBecomeRegions()
    {
        UtterancePrediction p;
        const std::vector<int> winners{0, 0, 1, 1, 0};
        for (int i = 0; i < 5; ++i) {
            SegmentPrediction s;
            s.startSeconds = i;
            s.endSeconds = i + 2.0;
            s.probabilities = winners[static_cast<std::size_t>(i)] == 0 ? std::vector<float>{0.75f, 0.25f}
                                                                        : std::vector<float>{0.375f, 0.625f};
            p.segments.push_back(s);
        }
        const LabelTier r = predictionRegions(p, {"angry", "sad"}, 6.0, "emotion");
        QVERIFY(sameItems(r.items, {{0.0, 2.5, "angry", 0}, {2.5, 4.5, "sad", 0}, {4.5, 6.0, "angry", 0}}));
        QCOMPARE(regionConfidence(p, 6.0), (std::vector<double>{0.75, 0.625, 0.75}));
        const auto curves = probabilityTiers(p, {"angry", "sad"}, 6.0);
        QCOMPARE(curves.size(), std::size_t(2));
        QCOMPARE(curves[1].name, std::string("p(sad)"));
        QVERIFY(sameItems(
            curves[1].items,
            {{1, 1, "0.2500", 0}, {2, 2, "0.2500", 0}, {3, 3, "0.6250", 0}, {4, 4, "0.6250", 0}, {5, 5, "0.2500", 0}}));
        // A file shorter than a segment: one padded segment, one region over the whole file.
        UtterancePrediction shortOne;
        shortOne.segments.push_back({0.0, 2.0, 0.8, {0.2f, 0.8f}});
        QVERIFY(sameItems(predictionRegions(shortOne, {"angry", "sad"}, 1.2, "e").items, {{0.0, 1.2, "sad", 0}}));
        QVERIFY(sameItems(probabilityTiers(shortOne, {"angry", "sad"}, 1.2)[0].items, {{1.0, 1.0, "0.2000", 0}}));
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
