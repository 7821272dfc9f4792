// emolens: the desktop workbench. Thin: parse arguments, install translations,
// show the main window.

#include "MainWindow.h"

#include "emolens/Annotations.h"
#include "emolens/Files.h"
#include "emolens/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <csignal>
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

/// Qt's own and EmoLens's translations for the chosen language (Settings > Language,
/// else the system locale).
void installTranslations(QTranslator &qtTranslator, QTranslator &appTranslator)
{
    const QString chosen = emolens::ui::languageSetting();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is the source language, but its catalogue carries the plural forms,
    // so it is the fallback for every locale we have no translation for.
    if (appTranslator.load(locale, QStringLiteral("emolens"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        appTranslator.load(QStringLiteral("emolens_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
}

/// The command line's options (described in the user's language).
struct Options {
    QCommandLineOption demo{QStringLiteral("demo"),
                            QApplication::translate("main", "Open the bundled demo clip with the default model.")};
    QCommandLineOption model{QStringLiteral("model"), QApplication::translate("main", "Use this model file."),
                             QStringLiteral("MODEL")};
    QCommandLineOption overlay{
        QStringLiteral("overlay"),
        QApplication::translate("main", "Overlay to show: none, bottom-up, top-down:CLASS or contribution:CLASS."),
        QStringLiteral("NAME")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window (after the analysis finished) to OUT.png and exit."),
        QStringLiteral("OUT.png")};
    QCommandLineOption corpus{
        QStringLiteral("corpus"),
        QApplication::translate(
            "main", "Open this corpus (iemocap:ROOT, emodb:DIR, csv:FILE or labels:DIR) in the corpus browser."),
        QStringLiteral("SPEC")};
    QCommandLineOption annotations{QStringLiteral("annotations"),
                                   QApplication::translate("main", "Keep corrected labels in this annotation file."),
                                   QStringLiteral("FILE")};
    QCommandLineOption page{QStringLiteral("page"),
                            QApplication::translate("main", "Show this page: analysis, corpus or training."),
                            QStringLiteral("NAME")};
    QCommandLineOption trainFold{
        QStringLiteral("train-fold"),
        QApplication::translate(
            "main",
            "Start Train fold for this held-out speaker on the opened corpus (with --screenshot: after it finishes)."),
        QStringLiteral("SPEAKER")};
    QCommandLineOption epochs{QStringLiteral("epochs"), QApplication::translate("main", "Epochs for --train-fold."),
                              QStringLiteral("N")};
    QCommandLineOption results{
        QStringLiteral("results"),
        QApplication::translate("main", "Show this cross-validation results folder in the training panel."),
        QStringLiteral("DIR")};
    QCommandLineOption exportReport{
        QStringLiteral("export-report"),
        QApplication::translate("main", "Write the --results folder's HTML report to OUT.html and exit."),
        QStringLiteral("OUT.html")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QApplication::translate("main", "Speech emotion recognition workbench"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            QStringLiteral("file"),
            QApplication::translate("main", "Audio file, EmoLens model (.emolens) or annotation file to open"),
            QStringLiteral("[FILE]"));
        parser.addOptions(
            {demo, model, overlay, screenshot, corpus, annotations, page, trainFold, epochs, results, exportReport});
    }
};

/// Opens what the command line names. Returns an exit code for a scripted run that
/// cannot go on (bad input: 2), or -1 to go on. A scripted run (--screenshot) exits 2 on
/// bad input; an interactive one keeps the window open with the error shown. Either way
/// the error is also on stderr.
int openRequested(emolens::ui::MainWindow &window, const QCommandLineParser &parser, const Options &o)
{
    const bool scripted = parser.isSet(o.screenshot);
    if (parser.isSet(o.model) && !window.openModel(parser.value(o.model)) && scripted)
        return 2;
    window.show();
    if (parser.isSet(o.corpus) && !window.openCorpus(parser.value(o.corpus)) && scripted)
        return 2;
    if (parser.isSet(o.annotations) && !window.openAnnotations(parser.value(o.annotations)) && scripted)
        return 2;
    if (parser.isSet(o.results)) {
        QString error;
        window.showPage(QStringLiteral("training"));
        if (!window.trainingPage()->openResults(parser.value(o.results), &error)) {
            std::fprintf(stderr, "emolens: %s\n", qPrintable(error));
            if (scripted || parser.isSet(o.exportReport))
                return 2;
        }
    }
    if (parser.isSet(o.exportReport)) {
        QString error;
        if (!parser.isSet(o.results)) {
            std::fprintf(stderr, "emolens: --export-report needs --results DIR\n");
            return 2;
        }
        if (!window.trainingPage()->exportReport(parser.value(o.exportReport), &error)) {
            std::fprintf(stderr, "emolens: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("report: %s\n", qPrintable(parser.value(o.exportReport)));
        return 0;
    }
    if (parser.isSet(o.page) && !window.showPage(parser.value(o.page))) {
        std::fprintf(stderr, "emolens: unknown page '%s' (analysis, corpus or training)\n",
                     qPrintable(parser.value(o.page)));
        return 2;
    }
    return -1;
}

/// --train-fold: starts it; with --screenshot, the window is grabbed when it ends.
int startTraining(emolens::ui::MainWindow &window, const QCommandLineParser &parser, const Options &o)
{
    window.showPage(QStringLiteral("training"));
    if (parser.isSet(o.epochs)) {
        bool ok = false;
        const int epochs = parser.value(o.epochs).toInt(&ok);
        if (!ok || epochs < 1) {
            std::fprintf(stderr, "emolens: --epochs must be a whole number of 1 or more, not '%s'\n",
                         qPrintable(parser.value(o.epochs)));
            return 2;
        }
        window.trainingPage()->setEpochs(epochs);
    }
    if (!window.trainingPage()->trainFold(parser.value(o.trainFold))) {
        std::fprintf(stderr, "emolens: cannot train fold '%s' (open a corpus with --corpus)\n",
                     qPrintable(parser.value(o.trainFold)));
        return 2;
    }
    if (parser.isSet(o.screenshot)) {
        const QString out = parser.value(o.screenshot);
        QObject::connect(window.trainingPage(), &emolens::ui::TrainingPage::finished, &window,
                         [&window, out] { grabAndExit(window, out, 500); });
    }
    return -1;
}

/// --overlay, and --screenshot once the file's analysis (if any) has finished.
void scheduleOverlayAndScreenshot(emolens::ui::MainWindow &window, const QCommandLineParser &parser, const Options &o,
                                  bool opensFile)
{
    auto applyOverlay = [&window, name = parser.value(o.overlay), set = parser.isSet(o.overlay)] {
        if (set && !window.analysisPage()->setOverlay(name)) {
            std::fprintf(stderr, "emolens: unknown overlay '%s' (choose from: %s)\n", qPrintable(name),
                         qPrintable(window.analysisPage()->overlayNames().join(QStringLiteral(", "))));
            return false;
        }
        return true;
    };
    if (parser.isSet(o.screenshot)) {
        auto save = [&window, out = parser.value(o.screenshot), applyOverlay] {
            if (!applyOverlay()) {
                QApplication::exit(2);
                return;
            }
            grabAndExit(window, out, 300);
        };
        if (!opensFile)
            QTimer::singleShot(200, &window, save);
        else
            QObject::connect(&window, &emolens::ui::MainWindow::analysisFinished, &window,
                             [save] { QTimer::singleShot(300, save); });
    } else if (parser.isSet(o.overlay)) {
        QObject::connect(&window, &emolens::ui::MainWindow::analysisFinished, &window,
                         [applyOverlay] { applyOverlay(); });
    }
}

/// What a file named on the command line (or by the desktop, through the MIME types
/// EmoLens installs) is: a model, an annotation file (it names its corpus), or audio.
enum class FileKind { Model, Annotations, Audio };

FileKind kindOf(const QString &path)
{
    if (path.endsWith(QStringLiteral(".emolens"), Qt::CaseInsensitive))
        return FileKind::Model;
    // Known by content, as the MIME type is (its name is the user's choice).
    QFile f(path);
    if (f.open(QIODevice::ReadOnly) && f.peek(4096).contains("\"emolens-annotations\""))
        return FileKind::Annotations;
    return FileKind::Audio;
}

/// Opens a model, or an annotation file with the corpus it names; false on bad input
/// (the window shows why).
bool openModelOrAnnotations(emolens::ui::MainWindow &window, const QString &path)
{
    if (kindOf(path) == FileKind::Model)
        return window.openModel(path);
    std::string spec;
    try {
        spec =
            emolens::AnnotationSet::fromJson(emolens::readWholeFile(path.toStdString()), path.toStdString()).corpusSpec;
    } catch (const std::exception &) {
        // openAnnotations below reports what is wrong with the file.
    }
    if (!spec.empty() && !window.openCorpus(QString::fromStdString(spec)))
        return false;
    return window.openAnnotations(QFileInfo(path).absoluteFilePath());
}

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGXFSZ, SIG_IGN); // a file-size limit fails the write (reported), not the whole app
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EmoLens"));
    QApplication::setOrganizationName(QStringLiteral("EmoLens"));
    QApplication::setApplicationVersion(QString::fromLatin1(emolens::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/emolens.svg")));
    // Matches the installed desktop entry, so docks and task switchers show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(EMOLENS_APP_ID));
    QTranslator qtTranslator, appTranslator;
    installTranslations(qtTranslator, appTranslator);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    emolens::ui::MainWindow window;
    if (const int code = openRequested(window, parser, options); code >= 0)
        return code;
    QString file = parser.isSet(options.demo) ? window.demoPath() : parser.positionalArguments().value(0);
    if (!parser.isSet(options.demo) && !file.isEmpty() && kindOf(file) != FileKind::Audio) {
        if (!openModelOrAnnotations(window, file) && parser.isSet(options.screenshot))
            return 2;
        file.clear(); // nothing to analyse: a screenshot follows at once
    }
    if (parser.isSet(options.trainFold)) {
        if (const int code = startTraining(window, parser, options); code >= 0)
            return code;
        if (parser.isSet(options.screenshot))
            return app.exec(); // the grab follows the training, not an analysis
    }
    scheduleOverlayAndScreenshot(window, parser, options, !file.isEmpty());
    if (!file.isEmpty()) {
        if (parser.isSet(options.demo))
            window.openDemo();
        else
            window.openFile(file);
    }
    return app.exec();
}
