// GUI timings, offscreen, through the real main window: opening a file until its
// spectrogram is drawn, and from then until every overlay has been drawn once.
//   bench_gui AUDIO [RUNS]   (QT_QPA_PLATFORM=offscreen; prints one JSON object)
// The analysis worker computes features, predictions and attention maps together and
// the page draws them at once, so "spectrogram" is the time to the first complete
// frame and "overlays" the time to draw each overlay (bottom-up, every class's
// top-down and contribution map) after it. Medians over RUNS (the first, which loads
// the model's oneDNN primitives, is not counted).
#include "AnalysisPage.h"
#include "MainWindow.h"
#include "Plot.h"

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
    std::vector<double> spectrogram, overlays;
    for (int run = 0; run < runs; ++run) {
        QEventLoop loop;
        QString error;
        const auto c = QObject::connect(page, &emolens::ui::AnalysisPage::analysisFinished, &loop,
                                        [&](const QString &, const QString &e) {
                                            error = e;
                                            loop.quit();
                                        });
        QElapsedTimer t;
        t.start();
        w.openFile(path);
        loop.exec();
        QObject::disconnect(c);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error));
            return 1;
        }
        drawNow(page);
        const double first = static_cast<double>(t.nsecsElapsed()) / 1e6;
        for (const QString &name : page->overlayNames()) {
            page->setOverlay(name);
            drawNow(page);
        }
        const double all = static_cast<double>(t.nsecsElapsed()) / 1e6 - first;
        if (run > 0) {
            spectrogram.push_back(first);
            overlays.push_back(all);
        }
    }
    std::printf("{\"spectrogramMs\": %.1f, \"overlaysMs\": %.1f, \"overlays\": %lld, \"runs\": %d}\n", median(spectrogram),
                median(overlays), static_cast<long long>(page->overlayNames().size()), runs - 1);
    return 0;
}
