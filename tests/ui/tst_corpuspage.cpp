// The corpus browser on an IEMOCAP-style fixture the test writes: the table
// shows what the protocol keeps, sorts and filters; labels set from the keyboard
// undo, redo, save and reload; the corpus stays byte-identical; an autosave
// restores unsaved work; a second instance cannot take the annotation file;
// exports read back through core's readers.
#include "TestAudio.h"
#include "corpus/CorpusPage.h"

#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <filesystem>

using emolens::ui::CorpusPage;
namespace fs = std::filesystem;

namespace {
std::map<std::string, std::string> snapshot(const std::string &dir)
{
    std::map<std::string, std::string> files;
    for (const auto &e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            files[e.path().string()] = emolens::test::readBytes(e.path().string());
    return files;
}

void selectId(CorpusPage &page, const QString &id)
{
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        if (page.proxy()->index(r, 0).data().toString() == id) {
            page.table()->setCurrentIndex(page.proxy()->index(r, 0));
            return;
        }
    QFAIL(qPrintable("no row " + id));
}

QString corrected(CorpusPage &page, const QString &id)
{
    const auto *a = page.annotations().find(id.toStdString());
    return a ? QString::fromStdString(a->label) : QString();
}
} // namespace

class TestCorpusPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_spec;
    std::string m_root;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = emolens::test::writeIemocapFixture(path("iemocap").toStdString());
        m_spec = "iemocap:" + QString::fromStdString(m_root);
    }

    void tableShowsWhatTheProtocolKeeps()
    {
        CorpusPage page;
        QString error;
        QVERIFY2(page.openCorpus(m_spec, emolens::Protocol{}, &error), qPrintable(error));
        QCOMPARE(page.proxy()->rowCount(), 5); // exc is not in the default classes
        emolens::Protocol merged;
        merged.mergeExcitedIntoHappy = true;
        QVERIFY(page.openCorpus(m_spec, merged));
        QCOMPARE(page.proxy()->rowCount(), 6);
        page.setFilterText(QStringLiteral("Ses02M"));
        QCOMPARE(page.proxy()->rowCount(), 2);
        page.setFilterText(QStringLiteral("sad"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        page.setFilterText(QString());
        page.table()->sortByColumn(emolens::ui::UtteranceTableModel::Speaker, Qt::AscendingOrder);
        QCOMPARE(page.proxy()->index(0, emolens::ui::UtteranceTableModel::Speaker).data().toString(),
                 QString("Ses01F"));
        QCOMPARE(page.proxy()->index(5, emolens::ui::UtteranceTableModel::Speaker).data().toString(),
                 QString("Ses02M"));
        // the speaker is the turn's letter, not the dialog's: M001 of a Ses01F dialog is Ses01M
        selectId(page, QStringLiteral("Ses01F_impro01_M001"));
        QCOMPARE(page.proxy()
                     ->index(page.table()->currentIndex().row(), emolens::ui::UtteranceTableModel::Speaker)
                     .data()
                     .toString(),
                 QString("Ses01M"));
        QVERIFY(page.proxy()->index(0, emolens::ui::UtteranceTableModel::Votes).data().toString().contains("x1"));
    }

    void emodbNamesAndCsvManifestsToo()
    {
        const QString emodb = path("emodb");
        QDir().mkpath(emodb);
        for (const char *name : {"03a01Wa", "03a01Nc", "08b02Ta", "08a04Fd", "09a01La"}) // La: boredom, not kept
            emolens::test::writeAudio((emodb + "/" + name + ".wav").toStdString(), emolens::test::sine(200, 1.0, 16000),
                                      16000, 1, emolens::test::Encoding::WavPcm16);
        CorpusPage page;
        QString error;
        QVERIFY2(page.openCorpus("emodb:" + emodb, emolens::Protocol{}, &error), qPrintable(error));
        QCOMPARE(page.proxy()->rowCount(), 4);
        page.setFilterText("08");
        QCOMPARE(page.proxy()->rowCount(), 2);
        emolens::test::writeBytes(path("m.csv").toStdString(),
                                  "path,speaker,label\nemodb/03a01Wa.wav,A,angry\nemodb/08b02Ta.wav,B,sad\n");
        QVERIFY(page.openCorpus("csv:" + path("m.csv"), emolens::Protocol{}, &error));
        QCOMPARE(page.proxy()->rowCount(), 2);
        QVERIFY(!page.openCorpus("csv:" + path("none.csv"), emolens::Protocol{}, &error));
        QVERIFY(error.contains("none.csv"));
    }

    void keyboardLabellingUndoRedoSaveReload()
    {
        const auto before = snapshot(m_root);
        const QString file = path("labels.json");
        {
            CorpusPage page;
            page.show();
            QVERIFY(page.openCorpus(m_spec, emolens::Protocol{}));
            QString error;
            QVERIFY2(page.openAnnotations(file, &error), qPrintable(error));
            selectId(page, QStringLiteral("Ses01F_impro01_F000"));
            page.table()->setFocus();
            QTest::keyClick(page.table(), Qt::Key_4); // 4 = sad
            QCOMPARE(corrected(page, "Ses01F_impro01_F000"), QString("sad"));
            QVERIFY(page.isModified());
            QTest::keyClick(page.table(), Qt::Key_Down);
            QTest::keyClick(page.table(), Qt::Key_1); // next row: neutral
            QCOMPARE(corrected(page, "Ses01F_impro01_M001"), QString("neutral"));
            page.undoStack()->undo();
            QCOMPARE(corrected(page, "Ses01F_impro01_M001"), QString());
            page.undoStack()->redo();
            QCOMPARE(corrected(page, "Ses01F_impro01_M001"), QString("neutral"));
            page.setNoteCurrent(QStringLiteral("laughs, then shouts"));
            QTest::keyClick(page.table(), Qt::Key_0); // clear the correction; the note stays
            QCOMPARE(corrected(page, "Ses01F_impro01_M001"), QString());
            QCOMPARE(page.annotations().find("Ses01F_impro01_M001")->note, std::string("laughs, then shouts"));
            QVERIFY2(page.save(&error), qPrintable(error));
            QVERIFY(!page.isModified());
        }
        CorpusPage again;
        QVERIFY(again.openCorpus(m_spec, emolens::Protocol{}));
        QVERIFY(again.openAnnotations(file));
        QCOMPARE(corrected(again, "Ses01F_impro01_F000"), QString("sad"));
        QCOMPARE(again.annotations().find("Ses01F_impro01_M001")->note, std::string("laughs, then shouts"));
        QCOMPARE(again.annotations().size(), std::size_t(2));
        // the correction, with how many raters chose it: the raters' agreement column is about the corpus's label
        QVERIFY(again.tableModel()
                    ->data(again.tableModel()->index(0, emolens::ui::UtteranceTableModel::Corrected))
                    .toString()
                    .startsWith("sad"));
        QVERIFY(snapshot(m_root) == before); // the corpus is never written
    }

    void autosaveRestoresUnsavedWork()
    {
        const QString file = path("crash.json");
        {
            CorpusPage page;
            QVERIFY(page.openCorpus(m_spec, emolens::Protocol{}));
            QVERIFY(page.openAnnotations(file));
            selectId(page, QStringLiteral("Ses01F_impro01_F002"));
            page.labelCurrent(QStringLiteral("angry"));
            QTRY_VERIFY_WITH_TIMEOUT(page.hasAutosave(), 5000); // written shortly after the change
            QVERIFY(!QFileInfo::exists(file)); // never saved: as if the app crashed now
        }
        CorpusPage after;
        QVERIFY(after.openCorpus(m_spec, emolens::Protocol{}));
        QVERIFY(after.openAnnotations(file));
        QVERIFY(after.hasAutosave());
        QCOMPARE(corrected(after, "Ses01F_impro01_F002"), QString());
        QVERIFY(after.restoreAutosave());
        QCOMPARE(corrected(after, "Ses01F_impro01_F002"), QString("angry"));
        QVERIFY(after.isModified());
        after.undoStack()->undo(); // the restore is one undoable step
        QCOMPARE(corrected(after, "Ses01F_impro01_F002"), QString());
    }

    void secondInstanceCannotTakeTheFile()
    {
        const QString file = path("locked.json");
        CorpusPage first, second;
        QVERIFY(first.openCorpus(m_spec, emolens::Protocol{}));
        QVERIFY(second.openCorpus(m_spec, emolens::Protocol{}));
        QVERIFY(first.openAnnotations(file));
        QString error;
        QVERIFY(!second.openAnnotations(file, &error));
        QVERIFY2(error.contains("another EmoLens"), qPrintable(error));
    }

    // The raters' agreement is about the corpus's label and stays put when the label
    // is corrected (it dropped to 0 %); the correction shows its own rater count.
    void agreementAndCorrectionAreShownApart()
    {
        CorpusPage page;
        QVERIFY(page.openCorpus(m_spec, emolens::Protocol{}));
        selectId(page, QStringLiteral("Ses01F_impro01_F000")); // neutral; raters: Neutral x2, Frustration x1
        using C = emolens::ui::UtteranceTableModel;
        const int row = page.tableModel()->rowOf(QStringLiteral("Ses01F_impro01_F000"));
        const QString before = page.tableModel()->index(row, C::Agreement).data().toString();
        QVERIFY(!before.isEmpty());
        page.labelCurrent(QStringLiteral("sad"));
        QCOMPARE(page.tableModel()->index(row, C::Agreement).data().toString(), before);
        QVERIFY2(page.tableModel()->index(row, C::Corrected).data().toString().contains(QStringLiteral("0 of")),
                 qPrintable(page.tableModel()->index(row, C::Corrected).data().toString()));
    }

    // Relabelling in a review order neither moves the row nor the selection: Down
    // carries on with the next row of the list as the user saw it.
    void relabellingDoesNotReorderUnderTheCursor()
    {
        CorpusPage page;
        page.show();
        QVERIFY(page.openCorpus(m_spec, emolens::Protocol{}));
        // predictions make the disagreement order meaningful: all "neutral", so the non-neutral rows lead
        for (int r = 0; r < page.tableModel()->rowCount(); ++r)
            page.setPrediction(QString::fromStdString(page.tableModel()->utterance(r).id), QStringLiteral("neutral"),
                               0.5 + 0.1 * r);
        QVERIFY(page.hasPredictions());
        page.setReviewOrder(QStringLiteral("disagreement"));
        QStringList order;
        for (int r = 0; r < page.proxy()->rowCount(); ++r)
            order << page.proxy()->index(r, 0).data().toString();
        page.table()->setFocus();
        page.table()->setCurrentIndex(page.proxy()->index(0, 0));
        QTest::keyClick(page.table(), Qt::Key_1); // agree with the model: in a live sort this row would sink
        QCOMPARE(page.proxy()->index(0, 0).data().toString(), order[0]);
        QCOMPARE(page.table()->currentIndex().row(), 0);
        QTest::keyClick(page.table(), Qt::Key_Down);
        QCOMPARE(page.proxy()->index(page.table()->currentIndex().row(), 0).data().toString(), order[1]);
        // a prediction arriving later does not move rows either
        page.setPrediction(order[1], QStringLiteral("sad"), 0.99);
        QCOMPARE(page.proxy()->index(1, 0).data().toString(), order[1]);
        page.resort(); // on request it does
        QCOMPARE(page.proxy()->rowCount(), order.size());
    }

    // The orders that need predictions say so instead of silently doing nothing.
    void reviewOrderWithoutPredictionsAsksForThem()
    {
        CorpusPage page;
        QVERIFY(page.openCorpus(m_spec, emolens::Protocol{}));
        QVERIFY(!page.hasPredictions());
        QSignalSpy needed(&page, &CorpusPage::predictionsNeeded);
        auto *order = page.findChild<QComboBox *>(QStringLiteral("reviewOrder"));
        order->setCurrentIndex(1);
        Q_EMIT order->activated(1);
        QCOMPARE(needed.size(), 1);
        QCOMPARE(needed.at(0).at(0).toString(), QStringLiteral("disagreement"));
        QCOMPARE(order->currentIndex(), 0); // stays on corpus order until predictions exist
    }

    // Prediction, Confidence and Note are on screen at the default width.
    void importantColumnsAreVisible()
    {
        CorpusPage page;
        page.resize(1180, 700);
        page.show();
        QVERIFY(page.openCorpus(m_spec, emolens::Protocol{}));
        using C = emolens::ui::UtteranceTableModel;
        const int width = page.table()->viewport()->width();
        for (int c : {C::Id, C::Original, C::Corrected, C::Prediction, C::Confidence, C::Note}) {
            const int x = page.table()->columnViewportPosition(c);
            QVERIFY2(x >= 0 && x + 40 < width,
                     qPrintable(QStringLiteral("column %1 at %2 of %3").arg(c).arg(x).arg(width)));
        }
    }

    // The annotator is recorded (never "unknown" when the system knows the user);
    // read-only files refuse changes instead of taking them silently.
    void annotatorIsRecordedAndReadOnlyRefuses()
    {
        QVERIFY(emolens::ui::systemUserName() != QStringLiteral("unknown"));
        const QString file = path("who.json");
        {
            CorpusPage page;
            QVERIFY(page.openCorpus(m_spec, emolens::Protocol{}));
            QVERIFY(page.openAnnotations(file));
            page.setAuthor(QStringLiteral("Ada Lovelace"));
            selectId(page, QStringLiteral("Ses01F_impro01_F002"));
            page.labelCurrent(QStringLiteral("happy"));
            QCOMPARE(page.annotations().find("Ses01F_impro01_F002")->author, std::string("Ada Lovelace"));
            QVERIFY(page.save());
        }
        CorpusPage holder, viewer;
        QVERIFY(holder.openCorpus(m_spec, emolens::Protocol{}));
        QVERIFY(viewer.openCorpus(m_spec, emolens::Protocol{}));
        QVERIFY(holder.openAnnotations(file));
        emolens::ui::LockOwner owner;
        QVERIFY(!viewer.openAnnotations(file, nullptr, false, &owner));
        QCOMPARE(owner.pid, QCoreApplication::applicationPid());
        QVERIFY(owner.alive);
        QVERIFY(owner.describe().contains(QString::number(owner.pid)));
        QVERIFY(viewer.openAnnotations(file, nullptr, true));
        QVERIFY(viewer.isReadOnly());
        QSignalSpy refused(&viewer, &CorpusPage::refused);
        selectId(viewer, QStringLiteral("Ses01F_impro01_F002"));
        viewer.labelCurrent(QStringLiteral("sad"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(QString::fromStdString(viewer.annotations().find("Ses01F_impro01_F002")->label),
                 QStringLiteral("happy"));
        QVERIFY(!viewer.save());
    }

    void exportsReadBackWithCorrections()
    {
        CorpusPage page;
        emolens::Protocol all;
        all.classes = {"neutral", "happy", "angry", "sad", "excited"};
        QVERIFY(page.openCorpus(m_spec, all));
        selectId(page, QStringLiteral("Ses02M_impro03a_M001"));
        page.labelCurrent(QStringLiteral("happy"));
        const std::string copy = path("copy").toStdString();
        fs::copy(m_root, copy, fs::copy_options::recursive);
        QString error;
        QVERIFY2(page.exportEmoEvaluation(QString::fromStdString(copy + "/IEMOCAP_full_release"), &error),
                 qPrintable(error));
        const auto fromEval = emolens::readCorpus("iemocap:" + copy);
        QCOMPARE(fromEval.utterances.size(), std::size_t(6));
        for (const auto &u : fromEval.utterances)
            if (u.id == "Ses02M_impro03a_M001")
                QCOMPARE(u.label, std::string("happy"));
        QVERIFY(page.exportCsv(path("labels.csv"), &error));
        const auto fromCsv = emolens::readCorpus("csv:" + path("labels.csv").toStdString());
        QCOMPARE(fromCsv.utterances.size(), std::size_t(6));
        int happy = 0;
        for (const auto &u : fromCsv.utterances)
            happy += u.label == "happy";
        QCOMPARE(happy, 2);
    }
};

QTEST_MAIN(TestCorpusPage)
#include "tst_corpuspage.moc"
