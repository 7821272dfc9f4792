// zh_CN is complete: every source string in the UI has a finished translation,
// the compiled .qm translates it, and the catalogue is not stale (a fresh
// lupdate over the sources finds no string the catalogue lacks).
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context, source;
    bool finished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = Message{context, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            m.finished = !unfinished && !text.isEmpty();
            out << m;
        }
    }
    return out;
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zhCnIsComplete()
    {
        const auto messages = readTs(QStringLiteral(TS_DIR "/emolens_zh_CN.ts"));
        QVERIFY(messages.size() > 10);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(QM_DIR "/emolens_zh_CN.qm")));
        for (const Message &m : messages) {
            QVERIFY2(m.finished, qPrintable(QStringLiteral("untranslated: ") + m.source));
            const QString t = translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                                   nullptr, m.numerus ? 2 : -1);
            QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("not in the .qm: ") + m.source));
        }
        QCOMPARE(translator.translate("emolens::ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    }

    void catalogueIsCurrent()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(
            QStringLiteral(LUPDATE_PATH),
            {QStringLiteral(SOURCE_DIR "/ui"), QStringLiteral(SOURCE_DIR "/app/gui"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> known;
        for (const Message &m : readTs(QStringLiteral(TS_DIR "/emolens_zh_CN.ts")))
            known.insert(m.context + QLatin1Char('|') + m.source);
        const auto current = readTs(fresh);
        QVERIFY(!current.isEmpty());
        for (const Message &m : current)
            QVERIFY2(known.contains(m.context + QLatin1Char('|') + m.source),
                     qPrintable(QStringLiteral("missing from translations/ (run the update_translations target): ") +
                                m.source));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
