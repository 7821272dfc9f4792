// emolens: the desktop workbench. Thin: parse arguments, install translations,
// show the main window.

#include "MainWindow.h"

#include "emolens/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

/// Grabs \p window into \p out once queued replots and layouts have settled, then exits.
void grabAndExit(QWidget &window, const QString &out, int settleMs)
{
    QTimer::singleShot(settleMs, &window, [&window, out] {
        const bool ok = window.grab().save(out);
        std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "screenshot:" : "cannot write screenshot", qPrintable(out));
        QApplication::exit(ok ? 0 : 1);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EmoLens"));
    QApplication::setOrganizationName(QStringLiteral("EmoLens"));
    QApplication::setApplicationVersion(QString::fromLatin1(emolens::kVersion));

    // The language follows the system locale unless Settings > Language overrides it.
    const QString chosen = emolens::ui::languageSetting();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is the source language, but its catalogue carries the plural forms,
    // so it is the fallback for every locale we have no translation for.
    if (appTranslator.load(locale, QStringLiteral("emolens"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral("emolens_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Speech emotion recognition workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Audio file to open"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the bundled demo clip with the default model."));
    const QCommandLineOption model(QStringLiteral("model"), QApplication::translate("main", "Use this model file."),
                                   QStringLiteral("MODEL"));
    const QCommandLineOption overlay(
        QStringLiteral("overlay"),
        QApplication::translate("main", "Overlay to show: none, bottom-up, top-down:CLASS or contribution:CLASS."),
        QStringLiteral("NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window (after the analysis finished) to OUT.png and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption corpus(QStringLiteral("corpus"),
                                    QApplication::translate("main", "Open this corpus (iemocap:ROOT, emodb:DIR or csv:FILE) in the corpus browser."),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption annotations(QStringLiteral("annotations"),
                                         QApplication::translate("main", "Keep corrected labels in this annotation file."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"), QApplication::translate("main", "Show this page: analysis, corpus or training."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption trainFold(
        QStringLiteral("train-fold"),
        QApplication::translate("main", "Start Train fold for this held-out speaker on the opened corpus (with --screenshot: after it finishes)."),
        QStringLiteral("SPEAKER"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QApplication::translate("main", "Epochs for --train-fold."),
                                    QStringLiteral("N"));
    parser.addOptions({demo, model, overlay, screenshot, corpus, annotations, page, trainFold, epochs});
    parser.process(app);

    // A scripted run (--screenshot) exits 2 on bad input; an interactive one keeps the
    // window open with the error shown. Either way the error is also on stderr.
    const bool scripted = parser.isSet(screenshot);
    emolens::ui::MainWindow window;
    if (parser.isSet(model) && !window.openModel(parser.value(model)) && scripted)
        return 2;
    window.show();
    if (parser.isSet(corpus) && !window.openCorpus(parser.value(corpus)) && scripted)
        return 2;
    if (parser.isSet(annotations) && !window.openAnnotations(parser.value(annotations)) && scripted)
        return 2;
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        std::fprintf(stderr, "emolens: unknown page '%s' (analysis, corpus or training)\n", qPrintable(parser.value(page)));
        return 2;
    }
    const QString file = parser.isSet(demo) ? window.demoPath() : parser.positionalArguments().value(0);
    if (parser.isSet(trainFold)) {
        window.showPage(QStringLiteral("training"));
        if (parser.isSet(epochs))
            window.trainingPage()->setEpochs(parser.value(epochs).toInt());
        if (!window.trainingPage()->trainFold(parser.value(trainFold))) {
            std::fprintf(stderr, "emolens: cannot train fold '%s' (open a corpus with --corpus)\n", qPrintable(parser.value(trainFold)));
            return 2;
        }
        if (parser.isSet(screenshot)) {
            const QString out = parser.value(screenshot);
            QObject::connect(window.trainingPage(), &emolens::ui::TrainingPage::finished, &window,
                             [&window, out] { grabAndExit(window, out, 500); });
            return app.exec();
        }
    }
    auto applyOverlay = [&] {
        if (parser.isSet(overlay) && !window.analysisPage()->setOverlay(parser.value(overlay))) {
            std::fprintf(stderr, "emolens: unknown overlay '%s' (choose from: %s)\n", qPrintable(parser.value(overlay)),
                         qPrintable(window.analysisPage()->overlayNames().join(QStringLiteral(", "))));
            return false;
        }
        return true;
    };
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        auto save = [&window, out, applyOverlay] {
            if (!applyOverlay()) {
                QApplication::exit(2);
                return;
            }
            grabAndExit(window, out, 300);
        };
        if (file.isEmpty())
            QTimer::singleShot(200, &window, save);
        else
            QObject::connect(&window, &emolens::ui::MainWindow::analysisFinished, &window,
                             [save] { QTimer::singleShot(300, save); });
    } else if (parser.isSet(overlay)) {
        QObject::connect(&window, &emolens::ui::MainWindow::analysisFinished, &window, [applyOverlay] { applyOverlay(); });
    }
    if (!file.isEmpty()) {
        if (parser.isSet(demo))
            window.openDemo();
        else
            window.openFile(file);
    }
    return app.exec();
}
