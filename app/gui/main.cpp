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

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EmoLens"));
    QApplication::setOrganizationName(QStringLiteral("EmoLens"));
    QApplication::setApplicationVersion(QString::fromLatin1(emolens::kVersion));

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is the source language, but its catalogue carries the plural forms,
    // so it is the fallback for every locale we have no translation for.
    if (appTranslator.load(QLocale(), QStringLiteral("emolens"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral("emolens_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Speech emotion recognition workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Audio file to open"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window (after loading FILE) to OUT.png and exit."),
        QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    parser.process(app);

    emolens::ui::MainWindow window;
    window.show();
    const QString file = parser.positionalArguments().value(0);
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        auto save = [&window, out] {
            const bool ok = window.grab().save(out);
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "screenshot:" : "cannot write screenshot", qPrintable(out));
            QApplication::exit(ok ? 0 : 1);
        };
        if (file.isEmpty())
            QTimer::singleShot(0, &window, save);
        else
            QObject::connect(&window, &emolens::ui::MainWindow::fileLoaded, &window,
                             [save] { QTimer::singleShot(0, save); });
    }
    if (!file.isEmpty())
        window.openFile(file);
    return app.exec();
}
