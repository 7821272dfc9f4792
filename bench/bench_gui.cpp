// GUI timings, offscreen, through the real main window: opening a file until its
// spectrogram is drawn (the page shows it before the model runs), and from then until
// the result (segments, predictions, the default overlay) and every other overlay
// (bottom-up, every class's top-down and contribution map) have been drawn once.
//   bench_gui AUDIO [RUNS]   (QT_QPA_PLATFORM=offscreen; prints one JSON object)
// Medians over RUNS (the first, which loads the model's oneDNN primitives, is not counted).
#include "MainWindow.h"
#include "analysis/AnalysisPage.h"
#include "common/Plot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

void drawNow(emolens::ui::AnalysisPage *page)
{
    QApplication::processEvents();
    for (QCustomPlot *p : page->plots())
        p->replot(QCustomPlot::rpImmediateRefresh);
    page->window()->grab(); // paints the whole window, as a screen would
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui AUDIO [RUNS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(2, std::atoi(argv[2])) : 6;
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.filePath(QStringLiteral("settings")));
    emolens::ui::MainWindow w;
    w.resize(1280, 860);
    w.show();
    auto *page = w.analysisPage();
    std::vector<double> spectrogram, results, overlays;
    for (int run = 0; run < runs; ++run) {
        QEventLoop loop;
        QString error;
        double first = -1;
        QElapsedTimer t;
        const auto shown = QObject::connect(page, &emolens::ui::AnalysisPage::spectrogramShown, page, [&] {
            drawNow(page);
            first = static_cast<double>(t.nsecsElapsed()) / 1e6;
        });
        const auto done = QObject::connect(page, &emolens::ui::AnalysisPage::analysisFinished, &loop,
                                           [&](const QString &, const QString &e) {
                                               error = e;
                                               loop.quit();
                                           });
        t.start();
        w.openFile(path);
        loop.exec();
        QObject::disconnect(shown);
        QObject::disconnect(done);
        if (!error.isEmpty() || first < 0) {
            std::fprintf(stderr, "bench_gui: %s\n",
                         error.isEmpty() ? "no spectrogram before the result" : qPrintable(error));
            return 1;
        }
        drawNow(page);
        const double result = static_cast<double>(t.nsecsElapsed()) / 1e6 - first;
        for (const QString &name : page->overlayNames()) {
            page->setOverlay(name);
            drawNow(page);
        }
        const double all = static_cast<double>(t.nsecsElapsed()) / 1e6 - first;
        if (run > 0) {
            spectrogram.push_back(first);
            results.push_back(result);
            overlays.push_back(all);
        }
    }
    std::printf(
        "{\"spectrogramMs\": %.1f, \"resultMs\": %.1f, \"overlaysMs\": %.1f, \"overlays\": %lld, \"runs\": %d}\n",
        median(spectrogram), median(results), median(overlays), static_cast<long long>(page->overlayNames().size()),
        runs - 1);
    return 0;
}
