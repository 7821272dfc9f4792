#pragma once
// Every plot in the app exports as PNG, PDF or SVG: from its right-click menu,
// or in bulk from File > Export Plots.
#include <QList>
#include <QString>

class QCustomPlot;

namespace emolens::ui {

/// Saves \p plot as PNG (double resolution), PDF or SVG, chosen by the suffix of \p path.
bool exportPlot(QCustomPlot *plot, const QString &path);
/// Saves each of \p plots into \p dir as NAME.png, NAME.pdf and NAME.svg (NAME: its object
/// name); returns how many files were written.
int exportPlotsTo(const QList<QCustomPlot *> &plots, const QString &dir);
/// Gives \p plot a right-click menu entry that asks for a file and exports it there.
void enableExportMenu(QCustomPlot *plot);

} // namespace emolens::ui
