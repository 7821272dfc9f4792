#pragma once
#include "emolens/Annotations.h"
#include "emolens/Corpus.h"

#include <QAbstractTableModel>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace emolens::ui {

/// Table model over the kept utterances with their (corrected) labels.
class UtteranceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Session,
        Dialog,
        Speaker,
        Duration,
        Original,
        Corrected,
        Votes,
        Agreement,
        Prediction,
        Confidence,
        Note,
        ColumnCount
    };
    explicit UtteranceTableModel(QObject *parent = nullptr);

    void reset(std::vector<Utterance> utterances, const AnnotationSet *annotations);
    /// The annotations shown beside the corpus's labels (owned by the page).
    void setAnnotations(const AnnotationSet *annotations);
    const Utterance &utterance(int row) const { return m_utterances.at(static_cast<std::size_t>(row)); }
    const std::vector<Utterance> &utterances() const { return m_utterances; }
    int rowOf(const QString &id) const;
    void annotationChanged(const QString &id);
    void setPrediction(int row, const QString &label, double confidence);
    void setPredictionError(int row, const QString &message);
    /// Every row has the model's prediction (or its error): the review orders can sort.
    bool hasAllPredictions() const;
    /// The speakers the predicting model was trained on (and those used to choose its
    /// epoch): their rows' predictions are marked "seen in training" / "validation
    /// speaker", so a correction made from them is not taken for held-out evidence.
    void setSeenSpeakers(std::set<std::string> training, std::set<std::string> validation);
    /// "training", "validation" or "" (held out, or no model said) for \p row.
    QString seenAs(int row) const;
    /// Per utterance id, the share of agreeing rater pairs of a comparison of annotators
    /// (Compare Annotators): the Agreement column shows it instead of the votes' share.
    void setRaterAgreement(std::map<std::string, double> agreement);
    bool hasRaterAgreement() const { return !m_raterAgreement.empty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// Column \p column of row \p row as shown, or as sorted (\p sortKey).
    QVariant cell(int row, int column, bool sortKey) const;
    QVariant predictionCell(int row, bool sortKey) const;
    QVariant toolTip(int row, int column) const;
    std::vector<Utterance> m_utterances;
    std::vector<QString> m_predicted;
    std::vector<double> m_confidence;
    std::map<std::string, double> m_raterAgreement;
    std::vector<QString> m_predictionError;
    const AnnotationSet *m_annotations = nullptr;
    std::set<std::string> m_trainingSpeakers, m_validationSpeakers;
};

} // namespace emolens::ui
