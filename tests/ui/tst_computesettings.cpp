// Settings > Inference Precision in the real main window (offscreen): the model open
// for analysis computes in the setting's precision (Automatic: bfloat16 where the
// CPU runs it natively, float32 elsewhere), choosing another reopens it and analyses
// the file again, the choice is remembered and shown beside the model, and the
// page's probabilities are the CLI's in the same precision.
#include "MainWindow.h"
#include "TestAudio.h"
#include "common/DeviceChoice.h"
#include "emolens/Model.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace emolens;
using namespace emolens::ui;

class TestComputeSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_wav;

    static QMenu *precisionMenu(MainWindow &w)
    {
        for (QAction *top : w.menuBar()->actions())
            if (top->menu() && top->text() == QStringLiteral("&Settings"))
                for (QAction *a : top->menu()->actions())
                    if (a->menu() && a->text() == QStringLiteral("Inference &Precision"))
                        return a->menu();
        return nullptr;
    }

    static InferencePrecision modelPrecision(MainWindow &w)
    {
        return w.analysisPage()->model().model->model.inferencePrecision();
    }

    /// The CLI's utterance probabilities for the window's model and file in \p precision.
    QJsonObject cliProbabilities(MainWindow &w, const QString &precision)
    {
        QProcess cli;
        cli.start(QStringLiteral(EMOLENS_CLI_PATH),
                  {"predict", "--model", w.analysisPage()->model().path, m_wav, "--json", "--precision", precision});
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(cli.readAllStandardOutput())
            .array()
            .at(0)
            .toObject()[QStringLiteral("probabilities")]
            .toObject();
    }

    void agreesWithTheCli(MainWindow &w, const QString &precision)
    {
        const QJsonObject expected = cliProbabilities(w, precision);
        QVERIFY(!expected.isEmpty());
        const AttentionAnalysis *a = w.analysisPage()->analysis();
        QVERIFY(a);
        for (std::size_t k = 0; k < a->classes.size(); ++k) {
            const double cli = expected[QString::fromStdString(a->classes[k])].toDouble(-1);
            QVERIFY2(std::abs(a->prediction.probabilities[k] - cli) < 1e-5,
                     qPrintable(QString("%1 %2: %3 vs %4")
                                    .arg(precision, QString::fromStdString(a->classes[k]))
                                    .arg(a->prediction.probabilities[k])
                                    .arg(cli)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        m_wav = m_dir.filePath(QStringLiteral("tone.wav"));
        test::writeAudio(m_wav.toStdString(), test::sine(180.0, 4.1, 16000, 0.4f), 16000, 1, test::Encoding::WavPcm16);
    }

    void choosingAPrecisionReopensTheModel()
    {
        MainWindow w;
        w.show();
        QMenu *menu = precisionMenu(w);
        QVERIFY(menu);
        QAction *automatic = menu->findChild<QAction *>(QStringLiteral("precision-auto"));
        QAction *fp32 = menu->findChild<QAction *>(QStringLiteral("precision-fp32"));
        QAction *bf16 = menu->findChild<QAction *>(QStringLiteral("precision-bf16"));
        QVERIFY(automatic && fp32 && bf16);
        QVERIFY(automatic->isChecked());
        QVERIFY(
            automatic->text().contains(bfloat16IsNative() ? QStringLiteral("bfloat16") : QStringLiteral("float32")));
        QCOMPARE(modelPrecision(w), defaultInferencePrecision(ComputeDevice{}));

        QSignalSpy done(&w, &MainWindow::analysisFinished);
        w.openFile(m_wav);
        QVERIFY(done.wait(60000));
        agreesWithTheCli(w, QStringLiteral("auto"));

        for (QAction *choice : {fp32, bf16}) {
            done.clear();
            choice->trigger(); // reopens the model and analyses the file again
            QVERIFY(choice->isChecked());
            QVERIFY(done.wait(60000));
            QCOMPARE(done.at(0).at(1).toString(), QString());
            const QString spec = choice == fp32 ? QStringLiteral("fp32") : QStringLiteral("bf16");
            QCOMPARE(precisionSetting(), spec);
            QCOMPARE(modelPrecision(w), parsePrecision(spec.toStdString()));
            agreesWithTheCli(w, spec);
            const QString shown = w.findChild<QLabel *>(QStringLiteral("modelLabel"))->text();
            QVERIFY2(shown.contains(choice == fp32 ? QStringLiteral("computing on cpu in float32")
                                                   : QStringLiteral("computing on cpu in bfloat16")),
                     qPrintable(shown));
        }
    }

    void theChoiceIsRemembered()
    {
        setPrecisionSetting(QStringLiteral("fp32"));
        {
            MainWindow w;
            QCOMPARE(modelPrecision(w), InferencePrecision::Float32);
            QVERIFY(precisionMenu(w)->findChild<QAction *>(QStringLiteral("precision-fp32"))->isChecked());
        }
        QSettings().setValue(QStringLiteral("compute/precision"), QStringLiteral("fp16")); // edited by hand
        QCOMPARE(precisionSetting(), QStringLiteral("auto"));
        MainWindow w;
        QCOMPARE(modelPrecision(w), defaultInferencePrecision(ComputeDevice{}));
    }
};

QTEST_MAIN(TestComputeSettings)
#include "tst_computesettings.moc"
