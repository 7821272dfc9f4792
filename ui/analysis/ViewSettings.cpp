#include "analysis/ViewSettings.h"
#include "analysis/AnalysisPage.h"

#include <QSettings>
#include <QSplitter>

namespace emolens::ui {

namespace {
const QString kSplitter = QStringLiteral("analysis/splitter");
const QString kColourMap = QStringLiteral("analysis/colourMap");
const QString kOpacity = QStringLiteral("analysis/opacity");
const QString kOverlay = QStringLiteral("analysis/overlay");

QSplitter *splitterOf(const AnalysisPage &page)
{
    return page.findChild<QSplitter *>(QStringLiteral("analysisSplitter"));
}
} // namespace

void restoreView(AnalysisPage &page)
{
    QSettings settings;
    if (auto *split = splitterOf(page))
        split->restoreState(settings.value(kSplitter).toByteArray());
    page.setColourMap(settings.value(kColourMap, QStringLiteral("jet")).toString());
    page.setOverlayOpacity(settings.value(kOpacity, 60).toInt());
}

void restoreOverlay(AnalysisPage &page)
{
    page.setOverlay(QSettings().value(kOverlay, QStringLiteral("bottom-up")).toString());
}

void saveView(const AnalysisPage &page)
{
    QSettings settings;
    if (auto *split = splitterOf(page))
        settings.setValue(kSplitter, split->saveState());
    settings.setValue(kColourMap, page.colourMap());
    settings.setValue(kOpacity, page.overlayOpacity());
    settings.setValue(kOverlay, page.overlay());
}

} // namespace emolens::ui
