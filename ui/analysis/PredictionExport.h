#pragma once
// File > Export Prediction: the analysed file's prediction as labelled regions and
// probability curves for Praat, ELAN, Audacity or Sonic Visualiser (core's writers).
#include <QString>
#include <QStringList>

class QWidget;

namespace emolens::ui {

class AnalysisPage;

/// Writes the page's current prediction to \p path as \p format ("textgrid", "eaf",
/// "audacity", "sv-csv"); returns the files written, or an empty list with \p error set.
QStringList exportPrediction(const AnalysisPage &page, const QString &path, const QString &format, QString *error);

/// Asks where (the format follows the chosen file type) and writes; returns a status line,
/// or an empty string when the user cancelled; \p error is set when writing failed.
QString chooseAndExportPrediction(QWidget *parent, const AnalysisPage &page, QString *error);

} // namespace emolens::ui
