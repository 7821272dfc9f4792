// The shareable HTML report: parsed back as XML (it is written as polyglot HTML5),
// its numbers checked against hand-computed WA/UA, its protocol card against the
// fold files, its charts counted, and nothing in it fetched from elsewhere. When
// Debian's chromium is installed, a real browser loads it too.
#include "FoldFixture.h"

#include "emolens/Error.h"
#include "emolens/HtmlReport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace emolens;

namespace {

const std::vector<std::string> kClasses{"neutral", "happy", "a<b&c"};
// A corpus name with every character HTML escapes.
const std::string kCorpus = "csv:/data/<x>&\"y\"'.csv";

/// What the report holds, read with a strict XML parser.
struct Parsed {
    QString error;
    QHash<QString, QString> textById; ///< every element with an id: its whole text
    QHash<QString, QStringList> rowsByTable; ///< table id: the data-* key of each row, in order
    QHash<QString, QStringList> cellsByRow; ///< "table/key": the row's cell texts
    QStringList charts; ///< each <svg>'s class
    QList<QStringList> seriesByChart; ///< each line chart's polyline data-series
    QHash<QString, double> barValues; ///< bar chart: data-label -> data-value
    QStringList externalRefs; ///< src/href attributes, <script>, <link>, url( in styles
    QString h1;
};

Parsed parse(const QByteArray &html)
{
    Parsed p;
    QXmlStreamReader xml(html);
    QStringList idStack; // open elements' ids ("" for none), to collect text per id
    QStringList tableStack;
    QString rowKey;
    QString inH1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            const QString name = xml.name().toString();
            idStack << a.value("id").toString();
            if (name == "script" || name == "link" || name == "img" || name == "iframe" || name == "object")
                p.externalRefs << name;
            for (const auto &attr : a)
                if (attr.name() == QLatin1String("src") || attr.name() == QLatin1String("href"))
                    p.externalRefs << attr.value().toString();
            if (name == "table")
                tableStack << a.value("id").toString();
            if (name == "tr" && !tableStack.isEmpty()) {
                rowKey.clear();
                for (const auto &attr : a)
                    if (attr.name().startsWith(QLatin1String("data-")))
                        rowKey = attr.value().toString();
                if (rowKey.isEmpty() && a.hasAttribute("class"))
                    rowKey = a.value("class").toString();
                if (!rowKey.isEmpty())
                    p.rowsByTable[tableStack.last()] << rowKey;
            }
            if ((name == "td" || name == "th") && !tableStack.isEmpty() && !rowKey.isEmpty())
                p.cellsByRow[tableStack.last() + '/' + rowKey]
                    << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (name == "td" || name == "th") {
                idStack.removeLast(); // readElementText consumed the end element
                continue;
            }
            if (name == "svg") {
                p.charts << a.value("class").toString();
                if (a.value("class").contains(QLatin1String("line-chart")))
                    p.seriesByChart << QStringList();
            }
            if (name == "polyline" && !p.seriesByChart.isEmpty() &&
                !p.seriesByChart.last().contains(a.value("data-series").toString()))
                p.seriesByChart.last() << a.value("data-series").toString();
            if (name == "rect" && a.hasAttribute("data-label"))
                p.barValues[a.value("data-label").toString()] = a.value("data-value").toDouble();
            if (name == "h1")
                p.h1 = xml.readElementText(), idStack.removeLast();
        } else if (xml.isCharacters()) {
            for (const auto &id : idStack)
                if (!id.isEmpty())
                    p.textById[id] += xml.text().toString();
        } else if (xml.isEndElement()) {
            if (!idStack.isEmpty())
                idStack.removeLast();
            if (xml.name() == QLatin1String("table") && !tableStack.isEmpty())
                tableStack.removeLast();
            if (xml.name() == QLatin1String("tr"))
                rowKey.clear();
        }
    }
    if (xml.hasError())
        p.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    if (html.contains("url(") || html.contains("@import"))
        p.externalRefs << QStringLiteral("a stylesheet reference");
    return p;
}

QString simplified(const QString &s)
{
    return s.simplified();
}

} // namespace

class TestHtmlReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::string dir(const char *name) const
    {
        return QDir(m_dir.path()).filePath(QString::fromLatin1(name)).toStdString();
    }

    std::string writeTwoFolds(const char *name)
    {
        const std::string d = dir(name);
        QDir().mkpath(QString::fromStdString(d));
        test::writeFoldResult(d, kCorpus, kClasses,
                              {"s1", {"s2", "s3"}, {}, {{3, 1, 0}, {0, 2, 0}, {1, 0, 1}}, 3, false});
        test::writeFoldResult(d, kCorpus, kClasses, {"s2", {"s1"}, {"s3"}, {{2, 0, 0}, {1, 1, 0}, {0, 0, 2}}, 3, true});
        return d;
    }

private Q_SLOTS:
    void reportHoldsTheRunAndParses()
    {
        const std::string d = writeTwoFolds("two");
        const std::string out = d + "/report.html";
        writeCrossValReport(d, out);
        QFile f(QString::fromStdString(out));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        const Parsed p = parse(html);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));

        // The title names the corpus, escaped in the file and intact once parsed.
        QCOMPARE(p.h1, QString::fromStdString("Cross-validation on " + kCorpus));

        // Per fold: s1 WA 6/8, UA (3/4 + 1 + 1/2)/3; s2 WA 5/6, UA (1 + 1/2 + 1)/3.
        QCOMPARE(p.rowsByTable.value("folds"), (QStringList{"s1", "s2", "mean", "pooled"}));
        QCOMPARE(p.cellsByRow.value("folds/s1").mid(0, 3), (QStringList{"s1", "75.0", "75.0"}));
        QCOMPARE(p.cellsByRow.value("folds/s2").mid(0, 3), (QStringList{"s2", "83.3", "83.3"}));
        // Mean 79.2, sample sd |83.3 - 75| / sqrt 2 = 5.9; pooled [[5,1,0],[1,3,0],[1,0,3]]:
        // WA 11/14 = 78.6, UA (5/6 + 3/4 + 3/4)/3 = 77.8.
        QCOMPARE(p.cellsByRow.value("folds/mean").mid(1, 2), (QStringList{"79.2 ± 5.9", "79.2 ± 5.9"}));
        QCOMPARE(p.cellsByRow.value("folds/pooled").mid(1, 2), (QStringList{"78.6", "77.8"}));
        QVERIFY(simplified(p.textById.value("mean-wa")).contains("79.2 %"));
        QVERIFY(simplified(p.textById.value("pooled-ua")).contains("77.8 %"));
        QVERIFY(simplified(p.textById.value("pooled-wa")).contains("14 test utterances"));

        // The pooled confusion matrix with recall per row; class names escaped.
        QCOMPARE(p.rowsByTable.value("confusion"), (QStringList{"neutral", "happy", "a<b&c"}));
        QCOMPARE(p.cellsByRow.value("confusion/neutral"), (QStringList{"neutral", "5", "1", "0", "83.3"}));
        QCOMPARE(p.cellsByRow.value("confusion/a<b&c"), (QStringList{"a<b&c", "1", "0", "3", "75.0"}));

        // Recall per class and fold, and the bars' values (pooled recall).
        QCOMPARE(p.cellsByRow.value("recall-table/happy"), (QStringList{"happy", "100.0", "50.0", "75.0"}));
        QCOMPARE(p.barValues.size(), 3);
        QCOMPARE(p.barValues.value("neutral"), 0.8333);
        QCOMPARE(p.barValues.value("a<b&c"), 0.75);

        // The protocol card: corpus, classes, speakers per fold, every recorded field.
        QCOMPARE(p.cellsByRow.value("protocol-card/corpus").value(1), QString::fromStdString(kCorpus));
        QCOMPARE(p.cellsByRow.value("protocol-card/classes").value(1), QStringLiteral("neutral, happy, a<b&c"));
        QCOMPARE(p.cellsByRow.value("protocol-card/seed").value(1), QStringLiteral("1"));
        QCOMPARE(p.cellsByRow.value("protocol-card/commits").value(1), QStringLiteral("fixture"));
        QCOMPARE(p.cellsByRow.value("protocol-card/computedOn").value(1),
                 QStringLiteral("cpu, 1 thread, LibTorch 1.13.0"));
        QCOMPARE(p.cellsByRow.value("speakers/s1"), (QStringList{"s1", "s2, s3", "none", "8"}));
        QCOMPARE(p.cellsByRow.value("speakers/s2"), (QStringList{"s2", "s1", "s3", "6"}));
        QCOMPARE(p.rowsByTable.value("features"),
                 (QStringList{"sampleRateHz", "segmentSamples", "windowSamples", "fftSize", "companding", "muLaw"}));
        QCOMPARE(p.cellsByRow.value("features/companding").value(1), QStringLiteral("mu-law"));
        QCOMPARE(p.cellsByRow.value("model/channels").value(1), QStringLiteral("32, 48"));
        QCOMPARE(p.rowsByTable.value("schedule"), (QStringList{"optimizer", "epochs", "learningRate", "seed"}));

        // Charts: the recall bars, loss and accuracy per fold, and validation UA (only s2 has it).
        QCOMPARE(p.charts,
                 (QStringList{"chart bar-chart", "chart line-chart", "chart line-chart", "chart line-chart"}));
        QCOMPARE(p.seriesByChart.size(), 3);
        QCOMPARE(p.seriesByChart.at(0), (QStringList{"s1", "s2"}));
        QCOMPARE(p.seriesByChart.at(1), (QStringList{"s1", "s2"}));
        QCOMPARE(p.seriesByChart.at(2), QStringList{"s2"});

        // Self-contained: nothing to fetch.
        QVERIFY2(p.externalRefs.isEmpty(), qPrintable(p.externalRefs.join(", ")));
    }

    void withoutValidationThereIsNoValidationChart()
    {
        const std::string d = dir("novalidation");
        QDir().mkpath(QString::fromStdString(d));
        test::writeFoldResult(d, "emodb:x", {"neutral", "sad"}, {"03", {"08"}, {}, {{2, 0}, {1, 1}}, 3, false});
        const Parsed p = parse(QByteArray::fromStdString(crossValReportHtml({d + "/fold-03.json"}, "My run")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.h1, QStringLiteral("My run"));
        QCOMPARE(p.seriesByChart.size(), 2);
        // One fold has no spread: no "± sd" pretending to be one.
        QCOMPARE(p.cellsByRow.value("folds/mean").value(1), QStringLiteral("75.0"));
    }

    void refusesWhatIsNotOneRun()
    {
        const std::string empty = dir("empty");
        QDir().mkpath(QString::fromStdString(empty));
        try {
            writeCrossValReport(empty, empty + "/r.html");
            QFAIL("an empty folder was reported");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY(QString::fromUtf8(e.what()).contains(QString::fromStdString(empty)));
        }
        QVERIFY(!QFile::exists(QString::fromStdString(empty + "/r.html")));

        // Two experiments (another seed) in one folder.
        const std::string mixed = writeTwoFolds("mixed");
        test::writeFoldResult(mixed, kCorpus, kClasses, {"s3", {"s1"}, {}, {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, 3, false},
                              7);
        QVERIFY_THROWS_EXCEPTION(Error, writeCrossValReport(mixed, mixed + "/r.html"));

        // A truncated fold file is named.
        const std::string broken = writeTwoFolds("broken");
        QFile::resize(QString::fromStdString(broken + "/fold-s2.json"), 40);
        try {
            writeCrossValReport(broken, broken + "/r.html");
            QFAIL("a truncated fold file was reported");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(QString::fromUtf8(e.what()).contains("fold-s2.json"), e.what());
        }

        // An output folder that does not exist: an I/O error naming the file.
        const std::string two = writeTwoFolds("two-again");
        try {
            writeCrossValReport(two, two + "/missing/r.html");
            QFAIL("wrote into a missing folder");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Io);
            QVERIFY2(QString::fromUtf8(e.what()).contains("missing/r.html"), e.what());
        }
    }

    /// A real browser (Debian's chromium, when installed) loads it offline and draws it.
    void aBrowserRendersIt()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            QSKIP("chromium is not installed (apt install chromium)");
        const std::string d = writeTwoFolds("browser");
        writeCrossValReport(d, d + "/report.html");
        const QString url = QStringLiteral("file://") + QString::fromStdString(d + "/report.html");
        const QStringList common{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                 "--user-data-dir=" + QString::fromStdString(d + "/profile")};
        // The DOM as the browser built it: every chart is there as SVG.
        QProcess dom;
        dom.start(chromium, common + QStringList{"--dump-dom", url});
        QVERIFY(dom.waitForFinished(120000));
        const QByteArray tree = dom.readAllStandardOutput();
        QCOMPARE(tree.count("<svg"), 4);
        QCOMPARE(tree.count("<polyline"), 5);
        // And a screenshot that is not blank.
        const QString png = QString::fromStdString(d + "/report.png");
        QProcess shot;
        shot.start(chromium, common + QStringList{"--screenshot=" + png, "--window-size=1200,2000", url});
        QVERIFY(shot.waitForFinished(120000));
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(QString::fromUtf8(shot.readAllStandardError())));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the screenshot is nearly blank");
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
