// The corpus browser's table: one row per kept utterance, its labels, votes,
// agreement, the model's call and the note. Qt::UserRole gives sort keys.
#include "corpus/UtteranceTableModel.h"

#include <QColor>

#include <QFont>

#include <algorithm>

#include <map>

namespace emolens::ui {

namespace {

QString votesText(const Utterance &u)
{
    std::map<std::string, int> counts;
    for (const auto &v : u.votes)
        for (const auto &l : v.labels)
            ++counts[l];
    QStringList parts;
    for (const auto &[label, n] : counts)
        parts << QStringLiteral("%1 x%2").arg(QString::fromStdString(label)).arg(n);
    return parts.join(QStringLiteral(", "));
}

/// Categorical raters whose votes include \p label, and how many raters voted (0: no votes).
std::pair<int, int> ratersFor(const Utterance &u, const std::string &label)
{
    int raters = 0, agree = 0;
    for (const auto &v : u.votes) {
        if (v.labels.empty())
            continue;
        ++raters;
        for (const auto &l : v.labels)
            if (canonicalLabel(l) == label) {
                ++agree;
                break;
            }
    }
    return {agree, raters};
}

/// Share of raters who agree with the corpus's own label; -1 without votes. A
/// correction does not change what the raters said, so it does not change this.
double agreement(const Utterance &u)
{
    const auto [agree, raters] = ratersFor(u, u.label);
    return raters ? static_cast<double>(agree) / raters : -1.0;
}

} // namespace

UtteranceTableModel::UtteranceTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void UtteranceTableModel::setRaterAgreement(std::map<std::string, double> agreement)
{
    m_raterAgreement = std::move(agreement);
    if (!m_utterances.empty())
        Q_EMIT dataChanged(index(0, Agreement), index(rowCount() - 1, Agreement));
}

void UtteranceTableModel::reset(std::vector<Utterance> utterances, const AnnotationSet *annotations)
{
    beginResetModel();
    m_utterances = std::move(utterances);
    m_predicted.assign(m_utterances.size(), QString());
    m_confidence.assign(m_utterances.size(), -1.0);
    m_predictionError.assign(m_utterances.size(), QString());
    m_annotations = annotations;
    endResetModel();
}

int UtteranceTableModel::rowOf(const QString &id) const
{
    const std::string key = id.toStdString();
    for (std::size_t i = 0; i < m_utterances.size(); ++i)
        if (m_utterances[i].id == key)
            return static_cast<int>(i);
    return -1;
}

void UtteranceTableModel::setAnnotations(const AnnotationSet *annotations)
{
    beginResetModel();
    m_annotations = annotations;
    endResetModel();
}

void UtteranceTableModel::annotationChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UtteranceTableModel::setPredictionError(int row, const QString &message)
{
    setPrediction(row, tr("(error)"), -1.0);
    m_predictionError.at(static_cast<std::size_t>(row)) = message;
}

void UtteranceTableModel::setPrediction(int row, const QString &label, double confidence)
{
    m_predictionError.at(static_cast<std::size_t>(row)).clear();
    m_predicted.at(static_cast<std::size_t>(row)) = label;
    m_confidence.at(static_cast<std::size_t>(row)) = confidence;
    Q_EMIT dataChanged(index(row, Prediction), index(row, Confidence));
}

void UtteranceTableModel::setSeenSpeakers(std::set<std::string> training, std::set<std::string> validation)
{
    m_trainingSpeakers = std::move(training);
    m_validationSpeakers = std::move(validation);
    if (!m_utterances.empty())
        Q_EMIT dataChanged(index(0, Prediction), index(rowCount() - 1, Confidence));
}

QString UtteranceTableModel::seenAs(int row) const
{
    const std::string &speaker = m_utterances.at(static_cast<std::size_t>(row)).speaker;
    if (m_trainingSpeakers.count(speaker))
        return QStringLiteral("training");
    if (m_validationSpeakers.count(speaker))
        return QStringLiteral("validation");
    return {};
}

bool UtteranceTableModel::hasAllPredictions() const
{
    return !m_predicted.empty() &&
           std::none_of(m_predicted.begin(), m_predicted.end(), [](const QString &p) { return p.isEmpty(); });
}

int UtteranceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_utterances.size());
}

int UtteranceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UtteranceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row(), column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cell(row, column, false);
    case Qt::UserRole: // the sort key
        return cell(row, column, true);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::FontRole:
        if (column == Corrected && !cell(row, column, true).toString().isEmpty()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole: // a prediction on a speaker the model has seen is no evidence
        if ((column == Prediction || column == Confidence) && !m_predicted[static_cast<std::size_t>(row)].isEmpty() &&
            !seenAs(row).isEmpty())
            return QColor(Qt::darkGray);
        return {};
    default:
        return {};
    }
}

QVariant UtteranceTableModel::toolTip(int row, int column) const
{
    const auto r = static_cast<std::size_t>(row);
    const Utterance &u = m_utterances.at(r);
    if (column == Prediction && !m_predictionError[r].isEmpty())
        return m_predictionError[r];
    const QString seen = m_predicted[r].isEmpty() ? QString() : seenAs(row);
    if (!seen.isEmpty() && (column == Prediction || column == Confidence))
        return seen == QLatin1String("training")
                   ? tr("Speaker %1 is in this model's training set: its prediction here is not held-out evidence.")
                         .arg(QString::fromStdString(u.speaker))
                   : tr("Speaker %1 chose this model's epoch (a validation speaker): its prediction here is not "
                        "held-out evidence.")
                         .arg(QString::fromStdString(u.speaker));
    if (column == Agreement)
        return m_raterAgreement.empty()
                   ? tr("Share of raters whose votes include the corpus's own label. A correction does not change "
                        "it; the corrected label shows how many raters chose it.")
                   : tr("Share of agreeing rater pairs among the compared annotators (File > Compare Annotators).");
    if (column == Note || column == Id)
        return cell(row, column, false);
    if (column == Votes) {
        QStringList lines;
        for (const auto &v : u.votes)
            lines << QString::fromStdString(v.rater + ": " + v.text);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant UtteranceTableModel::cell(int row, int column, bool sortKey) const
{
    const auto r = static_cast<std::size_t>(row);
    const Utterance &u = m_utterances.at(r);
    const Annotation *a = m_annotations ? m_annotations->find(u.id) : nullptr;
    switch (column) {
    case Id:
        return QString::fromStdString(u.id);
    case Session:
        return QString::fromStdString(u.session);
    case Dialog:
        return QString::fromStdString(u.dialog);
    case Speaker:
        return QString::fromStdString(u.speaker);
    case Duration:
        return sortKey ? QVariant(u.durationSeconds) : QVariant(QString::number(u.durationSeconds, 'f', 2));
    case Original:
        return QString::fromStdString(u.label);
    case Corrected: {
        const QString corrected = a ? QString::fromStdString(a->label) : QString();
        if (corrected.isEmpty() || sortKey)
            return corrected;
        const auto [agree, raters] = ratersFor(u, a->label);
        return raters ? tr("%1 (%2 of %3 raters)").arg(corrected).arg(agree).arg(raters) : corrected;
    }
    case Votes:
        return votesText(u);
    case Agreement: {
        double g = agreement(u);
        if (!m_raterAgreement.empty()) {
            const auto it = m_raterAgreement.find(u.id);
            g = it != m_raterAgreement.end() && it->second == it->second ? it->second : -1.0; // NaN: unpaired
        }
        if (sortKey)
            return g < 0 ? 2.0 : g; // rows without two raters sort after every rated one

        return g < 0 ? QString() : QStringLiteral("%1 %").arg(100.0 * g, 0, 'f', 0);
    }
    case Prediction:
        return predictionCell(row, sortKey);
    case Confidence:
        if (sortKey)
            return m_confidence[r];
        return m_confidence[r] < 0 ? QString() : QStringLiteral("%1 %").arg(100.0 * m_confidence[r], 0, 'f', 0);
    case Note:
        return a ? QString::fromStdString(a->note) : QString();
    default:
        return {};
    }
}

QVariant UtteranceTableModel::predictionCell(int row, bool sortKey) const
{
    const auto r = static_cast<std::size_t>(row);
    if (sortKey) { // disagreement order: the model contradicts the label (most confidently) first
        if (m_predicted[r].isEmpty() || !m_predictionError[r].isEmpty())
            return 3.0;
        const Utterance &u = m_utterances.at(r);
        const Annotation *a = m_annotations ? m_annotations->find(u.id) : nullptr;
        const std::string effective = a && !a->label.empty() ? a->label : u.label;
        const bool agrees = m_predicted[r].toStdString() == effective;
        return (agrees ? 1.0 : 0.0) + (1.0 - m_confidence[r]);
    }
    const QString seen = m_predicted[r].isEmpty() ? QString() : seenAs(row);
    if (seen == QLatin1String("training"))
        return tr("%1 (seen in training)").arg(m_predicted[r]);
    if (seen == QLatin1String("validation"))
        return tr("%1 (validation speaker)").arg(m_predicted[r]);
    return m_predicted[r];
}

QVariant UtteranceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Utterance");
    case Session:
        return tr("Session");
    case Dialog:
        return tr("Dialog");
    case Speaker:
        return tr("Speaker");
    case Duration:
        return tr("Duration (s)");
    case Original:
        return tr("Original label");
    case Corrected:
        return tr("Corrected label");
    case Votes:
        return tr("Raters' votes");
    case Agreement:
        return tr("Agreement");
    case Prediction:
        return tr("Prediction");
    case Confidence:
        return tr("Confidence");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace emolens::ui
