#pragma once
// The analysis page's header: the file line (with progress and Cancel while an
// analysis runs), the model in use, the row of controls the page hands it, the
// prediction, and what the focused segment is. Shows what it is told.
#include "analysis/AnalysisJob.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace emolens::ui {

class AnalysisHeader : public QWidget {
    Q_OBJECT
public:
    /// \p controls goes between the model line and the prediction.
    explicit AnalysisHeader(QWidget *controls, QWidget *parent = nullptr);

    void showModel(const ModelHandle &model);
    void showStarted(const QString &path);
    void showProgress(double fraction);
    /// The end of a run: what failed, or the file with its segmentation.
    void showFinished(const AnalysisOutcome &outcome, const FeatureConfig &features);
    /// The utterance's prediction; "Predicting..." while only the spectrogram is in.
    void showPrediction(const AttentionAnalysis *analysis);
    void clearPrediction();
    /// Segment \p focus of \p analysis (hidden for nullptr or -1).
    void showFocus(const AttentionAnalysis *analysis, int focus);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_fileLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_modelLabel = nullptr;
    QLabel *m_prediction = nullptr;
    QLabel *m_focusLabel = nullptr;
};

} // namespace emolens::ui
