#include "analysis/PredictionExport.h"

#include "analysis/AnalysisPage.h"

#include "emolens/Error.h"
#include "emolens/Interchange.h"

#include <QFileDialog>
#include <QFileInfo>

namespace emolens::ui {

QStringList exportPrediction(const AnalysisPage &page, const QString &path, const QString &format, QString *error)
{
    const AttentionAnalysis *a = page.analysis();
    if (!a || !page.model().model) {
        if (error)
            *error = QObject::tr("Analyse a file first: there is no prediction to export.");
        return {};
    }
    try {
        const auto &meta = page.model().model->metadata;
        QStringList out;
        for (const std::string &f :
             writePredictionFiles(path.toStdString(), labelFormatFromName(format.toStdString()), a->prediction,
                                  a->classes, page.durationSeconds(), page.model().name.toStdString(),
                                  meta.protocol.toJson(), page.currentFile().toStdString()))
            out << QString::fromStdString(f);
        return out;
    } catch (const Error &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return {};
    }
}

QString chooseAndExportPrediction(QWidget *parent, const AnalysisPage &page, QString *error)
{
    if (!page.analysis()) {
        *error = QObject::tr("Analyse a file first: there is no prediction to export.");
        return {};
    }
    const QStringList filters{QObject::tr("Praat TextGrid (*.TextGrid)"), QObject::tr("ELAN annotation file (*.eaf)"),
                              QObject::tr("Audacity labels (*.txt)"), QObject::tr("Sonic Visualiser CSV (*.csv)")};
    const QStringList formats{QStringLiteral("textgrid"), QStringLiteral("eaf"), QStringLiteral("audacity"),
                              QStringLiteral("sv-csv")};
    QString filter = filters.first();
    const QString base = QFileInfo(page.currentFile()).completeBaseName();
    QString path =
        QFileDialog::getSaveFileName(parent, QObject::tr("Export Prediction"), base + QStringLiteral(".TextGrid"),
                                     filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    const QString format = formats.value(static_cast<int>(filters.indexOf(filter)), formats.first());
    const QString ext = QString::fromStdString(labelFormatExtension(labelFormatFromName(format.toStdString())));
    if (!path.endsWith(ext, Qt::CaseInsensitive))
        path += ext;
    const QStringList written = exportPrediction(page, path, format, error);
    if (written.isEmpty())
        return {};
    return QObject::tr("Prediction exported: %1").arg(written.join(QStringLiteral(", ")));
}

} // namespace emolens::ui
