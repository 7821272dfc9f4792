#include "common/PlotExport.h"
#include "common/Plot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSvgGenerator>

namespace emolens::ui {

bool exportPlot(QCustomPlot *plot, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return plot->savePdf(path);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(plot->size());
        svg.setViewBox(QRect(QPoint(0, 0), plot->size()));
        svg.setTitle(plot->objectName());
        QCPPainter painter(&svg);
        plot->toPainter(&painter, plot->width(), plot->height());
        return painter.end();
    }
    return plot->savePng(path, 0, 0, 2.0); // double resolution for papers and slides
}

void enableExportMenu(QCustomPlot *plot)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint &pos) {
        QMenu menu(plot);
        menu.addAction(QCoreApplication::translate("PlotExport", "Export as PNG, PDF or SVG..."), plot, [plot] {
            const QString path = QFileDialog::getSaveFileName(
                plot, QCoreApplication::translate("PlotExport", "Export Plot"),
                plot->objectName() + QStringLiteral(".png"),
                QCoreApplication::translate("PlotExport",
                                            "PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
            if (!path.isEmpty() && !exportPlot(plot, path))
                QMessageBox::warning(plot, QCoreApplication::translate("PlotExport", "Export failed"),
                                     QCoreApplication::translate("PlotExport", "Could not write %1.").arg(path));
        });
        menu.exec(plot->mapToGlobal(pos));
    });
}

int exportPlotsTo(const QList<QCustomPlot *> &plots, const QString &dir)
{
    int written = 0;
    for (QCustomPlot *plot : plots)
        for (const char *suffix : {".png", ".pdf", ".svg"})
            if (plot)
                written += exportPlot(plot, QDir(dir).filePath(plot->objectName() + QLatin1String(suffix)));
    return written;
}

} // namespace emolens::ui
