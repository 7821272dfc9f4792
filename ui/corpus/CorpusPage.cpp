#include "corpus/CorpusPage.h"

#include "emolens/Agreement.h"
#include "emolens/Error.h"
#include "emolens/Interchange.h"

#include "corpus/DialogView.h"
#include "corpus/ReviewBar.h"
#include "corpus/UtteranceTable.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <optional>
#include <set>

namespace emolens::ui {

namespace {

class SetAnnotation : public QUndoCommand {
public:
    SetAnnotation(CorpusPage *page, const QString &id, std::optional<Annotation> before,
                  std::optional<Annotation> after, const QString &text)
        : QUndoCommand(text), m_page(page), m_id(id), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_page->applyAnnotation(m_id, m_before ? &*m_before : nullptr); }
    void redo() override { m_page->applyAnnotation(m_id, m_after ? &*m_after : nullptr); }

private:
    CorpusPage *m_page;
    QString m_id;
    std::optional<Annotation> m_before, m_after;
};

/// Runs \p work; false with its message in \p error (when given) if it throws.
template <class Work> bool reportingErrors(QString *error, Work work)
{
    try {
        work();
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

std::optional<Annotation> copyOf(const Annotation *a)
{
    return a ? std::optional<Annotation>(*a) : std::nullopt;
}

} // namespace

CorpusPage::CorpusPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("corpusPage"));
    m_author = systemUserName();
    m_undo = new QUndoStack(this);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    buildUi();
}

CorpusPage::~CorpusPage() = default;

void CorpusPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("No corpus open. Use File > Open Corpus."), this);
    m_summary->setObjectName(QStringLiteral("corpusSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_bar = new ReviewBar(this);
    connect(m_bar, &ReviewBar::filterEdited, this, &CorpusPage::setFilterText);
    connect(m_bar, &ReviewBar::orderChosen, this, [this](const QString &order) {
        if (order != QLatin1String("corpus") && order != QLatin1String("annotators") && !hasPredictions()) {
            m_bar->showOrder(m_reviewOrder);
            Q_EMIT predictionsNeeded(order);
            return;
        }
        setReviewOrder(order);
    });
    layout->addWidget(m_bar);
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("labelKeys"));
    layout->addWidget(m_keys);

    m_model = new UtteranceTableModel(this);
    m_table = new UtteranceTable(m_model, this);
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { currentChanged(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        const Utterance &u = m_model->utterance(m_table->proxy()->mapToSource(i).row());
        Q_EMIT utteranceActivated(QString::fromStdString(u.audioPath), QString::fromStdString(u.id));
    });
    m_dialog = new DialogView(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_dialog);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *noteRow = new QHBoxLayout;
    m_votes = new QLabel(this);
    m_votes->setObjectName(QStringLiteral("votesLabel"));
    noteRow->addWidget(m_votes, 1);
    noteRow->addWidget(new QLabel(tr("Note:"), this));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Free-text note for this utterance (Enter to keep)"));
    connect(m_note, &QLineEdit::editingFinished, this, [this] { setNoteCurrent(m_note->text()); });
    noteRow->addWidget(m_note, 2);
    layout->addLayout(noteRow);
}

QTableView *CorpusPage::table() const
{
    return m_table;
}

QSortFilterProxyModel *CorpusPage::proxy() const
{
    return m_table->proxy();
}

bool CorpusPage::openCorpus(const QString &spec, const Protocol &protocol, QString *error)
{
    return reportingErrors(error, [&] {
        CorpusReadResult corpus = readCorpus(spec.toStdString());
        const Selection selection = selectUtterances(corpus, protocol);
        m_spec = spec;
        m_protocol = protocol;
        m_corpus = std::move(corpus);
        m_classes.clear();
        for (const auto &c : protocol.classes)
            m_classes << QString::fromStdString(c);
        m_undo->clear();
        setFilterText(QString()); // a search from the previous corpus would hide rows of this one
        m_model->reset(selection.utterances, &m_store.annotations());
        setReviewOrder(QStringLiteral("corpus"));
        m_table->fitColumns();
        showKeysAndSummary(selection);
        if (proxy()->rowCount() > 0)
            m_table->selectRow(0);
        Q_EMIT corpusOpened(spec);
    });
}

void CorpusPage::showKeysAndSummary(const Selection &selection)
{
    QString keys;
    for (int k = 0; k < m_classes.size() && k < 9; ++k)
        keys += QStringLiteral("  <b>%1</b> %2").arg(k + 1).arg(m_classes[k]);
    m_keys->setText(tr("Keys:%1  <b>0</b> clear correction  <b>Up/Down</b> move  <b>Enter</b> open in Analysis  "
                       "<b>Ctrl+Z</b> undo  <b>Ctrl+Y</b> redo")
                        .arg(keys));
    int excluded = 0;
    for (const auto &[reason, n] : selection.excluded)
        excluded += n;
    m_summary->setText(tr("<b>%1</b>: %2 utterances kept by the protocol, %3 excluded, %4 skipped while reading")
                           .arg(m_spec.toHtmlEscaped())
                           .arg(selection.utterances.size())
                           .arg(excluded)
                           .arg(m_corpus.skipped.size()));
}

bool CorpusPage::openAnnotations(const QString &path, QString *error, bool readOnly, LockOwner *owner)
{
    if (!m_store.open(path, m_spec.toStdString(), readOnly, error, owner))
        return false;
    m_undo->clear();
    m_model->setAnnotations(&m_store.annotations());
    if (proxy()->rowCount() > 0)
        m_table->selectRow(0);
    // Labels for utterances this corpus does not have (another corpus's file, renamed
    // turns): kept in the file, never dropped, and said.
    std::vector<std::string> unmatched;
    applyAnnotations(m_corpus, m_store.annotations(), &unmatched);
    if (!unmatched.empty()) {
        const QString note =
            tr("%1: %n annotation(s) name utterances this corpus does not have (first: %2); they stay in the file "
               "but are not shown.",
               nullptr, static_cast<int>(unmatched.size()))
                .arg(QFileInfo(path).fileName(), QString::fromStdString(unmatched.front()));
        m_summary->setText(m_summary->text() + QStringLiteral("<br>") + note.toHtmlEscaped());
        Q_EMIT annotationsUnmatched(note);
    }
    return true;
}

bool CorpusPage::takeOverLock(const QString &path, QString *error)
{
    return AnnotationStore::takeOverLock(path, error);
}

bool CorpusPage::refuseIfReadOnly()
{
    if (!m_store.isReadOnly())
        return false;
    Q_EMIT refused(tr("%1 is open read-only: labels and notes cannot change. Open it again without another EmoLens "
                      "holding it to edit.")
                       .arg(m_store.path()));
    return true;
}

bool CorpusPage::hasPredictions() const
{
    return m_model->hasAllPredictions();
}

void CorpusPage::resort()
{
    setReviewOrder(m_reviewOrder);
}

bool CorpusPage::save(QString *error)
{
    if (!m_store.save(error))
        return false;
    m_undo->setClean();
    return true;
}

bool CorpusPage::isModified() const
{
    return !m_undo->isClean();
}

bool CorpusPage::hasAutosave() const
{
    return m_store.hasAutosave();
}

bool CorpusPage::restoreAutosave(QString *error)
{
    const std::optional<AnnotationSet> restored = m_store.loadAutosave(error);
    if (!restored)
        return false;
    // One undoable step per restored difference, so the user can inspect and undo.
    const AnnotationSet &current = m_store.annotations();
    std::set<std::string> ids;
    for (const auto &[id, a] : restored->all())
        ids.insert(id);
    for (const auto &[id, a] : current.all())
        ids.insert(id);
    m_undo->beginMacro(tr("Restore unsaved annotations"));
    for (const auto &id : ids) {
        const Annotation *now = current.find(id);
        const Annotation *then = restored->find(id);
        if ((now ? now->label + "\x1f" + now->note : "") == (then ? then->label + "\x1f" + then->note : ""))
            continue;
        m_undo->push(new SetAnnotation(this, QString::fromStdString(id), copyOf(now), copyOf(then), tr("Restore")));
    }
    m_undo->endMacro();
    return true;
}

void CorpusPage::applyAnnotation(const QString &id, const Annotation *annotation)
{
    if (annotation)
        m_store.annotations().set(*annotation);
    else
        m_store.annotations().erase(id.toStdString());
    m_model->annotationChanged(id);
    currentChanged(); // the note field and the dialog view's turn labels follow
    m_store.changed();
}

void CorpusPage::pushAnnotation(const Utterance &u, Annotation next, const QString &text)
{
    const Annotation *now = m_store.annotations().find(u.id);
    next.author = m_author.toStdString();
    next.modified = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const bool keep = !next.label.empty() || !next.note.empty();
    m_undo->push(new SetAnnotation(this, QString::fromStdString(u.id), copyOf(now),
                                   keep ? std::optional(next) : std::nullopt, text));
}

void CorpusPage::labelCurrent(const QString &label)
{
    const int row = m_table->currentSourceRow();
    if (row < 0 || refuseIfReadOnly())
        return;
    const Utterance &u = m_model->utterance(row);
    const Annotation *now = m_store.annotations().find(u.id);
    Annotation next = now ? *now : Annotation{u.id, u.label, {}, {}, {}, {}};
    next.label = label == QString::fromStdString(u.label) ? std::string() : label.toStdString();
    if ((now && now->label == next.label) || (!now && next.label.empty()))
        return;
    pushAnnotation(u, next,
                   label.isEmpty() ? tr("Clear label of %1").arg(QString::fromStdString(u.id))
                                   : tr("Label %1 as %2").arg(QString::fromStdString(u.id), label));
}

void CorpusPage::setNoteCurrent(const QString &note)
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    const Utterance &u = m_model->utterance(row);
    const Annotation *now = m_store.annotations().find(u.id);
    const QString before = now ? QString::fromStdString(now->note) : QString();
    if (before == note)
        return;
    if (m_store.isReadOnly()) {
        m_note->setText(before);
        refuseIfReadOnly();
        return;
    }
    Annotation next = now ? *now : Annotation{u.id, u.label, {}, {}, {}, {}};
    next.note = note.toStdString();
    pushAnnotation(u, next, tr("Note on %1").arg(QString::fromStdString(u.id)));
}

bool CorpusPage::handleLabelKey(int key)
{
    if (key == Qt::Key_0) {
        const int row = m_table->currentSourceRow();
        if (row >= 0)
            labelCurrent(QString::fromStdString(m_model->utterance(row).label));
        return true;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && key - Qt::Key_1 < m_classes.size()) {
        labelCurrent(m_classes[key - Qt::Key_1]);
        return true;
    }
    return false;
}

void CorpusPage::keyPressEvent(QKeyEvent *event)
{
    if (!handleLabelKey(event->key()))
        QWidget::keyPressEvent(event);
}

bool CorpusPage::eventFilter(QObject *watched, QEvent *event)
{
    // The table would take digits for its keyboard search; here they set labels.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        !(static_cast<QKeyEvent *>(event)->modifiers() & Qt::ControlModifier))
        if (handleLabelKey(static_cast<QKeyEvent *>(event)->key()))
            return true;
    return QWidget::eventFilter(watched, event);
}

void CorpusPage::currentChanged()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    const Utterance &u = m_model->utterance(row);
    if (QString::fromStdString(u.id) != m_lastSelected) {
        m_lastSelected = QString::fromStdString(u.id);
        Q_EMIT utteranceSelected(QString::fromStdString(u.audioPath), m_lastSelected);
    }
    const Annotation *a = m_store.annotations().find(u.id);
    m_note->setText(a ? QString::fromStdString(a->note) : QString());
    QStringList lines;
    for (const auto &v : u.votes)
        lines << QString::fromStdString(v.rater) + QStringLiteral(": ") +
                     QString::fromStdString(v.text).replace(QLatin1Char('\t'), QLatin1Char(' ')).simplified();
    const auto transcript = u.extras.find("transcript");
    m_votes->setText((transcript != u.extras.end()
                          ? QStringLiteral("\"%1\"  ").arg(QString::fromStdString(transcript->second))
                          : QString()) +
                     lines.join(QStringLiteral("; ")));
    m_dialog->showDialog(u, m_model->utterances(), m_store.annotations());
}

void CorpusPage::setFilterText(const QString &text)
{
    m_bar->showFilter(text);
    proxy()->setFilterFixedString(text);
}

void CorpusPage::setPrediction(const QString &id, const QString &label, double confidence)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_model->setPrediction(row, label, confidence);
}

void CorpusPage::setPredictionError(const QString &id, const QString &message)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_model->setPredictionError(row, message);
}

void CorpusPage::setReviewOrder(const QString &order)
{
    m_reviewOrder = order;
    m_bar->showOrder(order);
    if (order == QLatin1String("confidence"))
        proxy()->sort(UtteranceTableModel::Confidence, Qt::AscendingOrder);
    else if (order == QLatin1String("disagreement"))
        proxy()->sort(UtteranceTableModel::Prediction, Qt::AscendingOrder);
    else if (order == QLatin1String("annotators"))
        proxy()->sort(UtteranceTableModel::Agreement, Qt::AscendingOrder); // rows without raters sort last

    else
        proxy()->sort(-1);
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
}

CorpusReadResult CorpusPage::correctedCorpus() const
{
    return applyAnnotations(m_corpus, m_store.annotations());
}

bool CorpusPage::exportEmoEvaluation(const QString &dir, QString *error)
{
    // Every turn of every dialog, not only those the protocol keeps: the files replace whole dialogs.
    return reportingErrors(error, [&] { emolens::exportEmoEvaluation(correctedCorpus(), dir.toStdString()); });
}

bool CorpusPage::exportCsv(const QString &path, QString *error)
{
    return reportingErrors(error, [&] { emolens::exportCsv(correctedCorpus(), path.toStdString()); });
}

bool CorpusPage::exportLabelFiles(const QString &dir, const QString &format, QString *error)
{
    return reportingErrors(error, [&] {
        emolens::exportLabelFiles(correctedCorpus(), m_store.annotations(), labelFormatFromName(format.toStdString()),
                                  dir.toStdString(), m_protocol.classes);
    });
}

bool CorpusPage::compareAnnotators(const QStringList &files, QString *error)
{
    return reportingErrors(error, [&] {
        std::vector<AnnotationSet> sets{m_store.annotations()};
        // The current file's rater: its annotations' author, else whoever is annotating now.
        std::vector<std::string> names{!m_author.isEmpty() ? m_author.toStdString()
                                       : annotationPath().isEmpty()
                                           ? std::string("current labels")
                                           : QFileInfo(annotationPath()).fileName().toStdString()};
        for (const QString &f : files) {
            sets.push_back(AnnotationSet::load(f.toStdString()));
            names.push_back(QFileInfo(f).fileName().toStdString());
        }
        RatingTable table = mergeRatings(ratingsFromVotes(m_corpus), ratingsFromAnnotations(m_corpus, sets, names));
        if (table.raters.size() < 2)
            throwBadInput({}, "fewer than two raters to compare");
        const AgreementReport r = computeAgreement(table);
        std::map<std::string, double> perItem;
        for (std::size_t i = 0; i < table.items.size(); ++i)
            perItem[table.items[i]] = r.itemAgreement[i];
        m_model->setRaterAgreement(std::move(perItem));
        auto shown = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("-"); };
        QStringList raters;
        for (const auto &name : table.raters)
            raters << QString::fromStdString(name);
        m_agreementSummary = tr("%1 raters (%2), %3 items; observed agreement %4; Cohen's kappa %5; Fleiss' kappa "
                                "%6 (%7 items rated by all); Krippendorff's alpha %8")
                                 .arg(r.raters)
                                 .arg(raters.join(QStringLiteral(", ")))
                                 .arg(r.pairableItems)
                                 .arg(shown(r.observedAgreement), shown(r.cohenKappa), shown(r.fleissKappa))
                                 .arg(r.completeItems)
                                 .arg(shown(r.krippendorffAlpha));
        if (m_reviewOrder == QLatin1String("annotators"))
            setReviewOrder(m_reviewOrder);
    });
}

} // namespace emolens::ui
