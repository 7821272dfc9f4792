#include "corpus/CorpusPage.h"
#include "common/Plot.h"
#include "common/PlotExport.h"

#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "emolens/FeatureConfig.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <QSysInfo>

#include <cerrno>

#include <map>
#include <set>
#include <optional>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace emolens::ui {

namespace {

class SetAnnotation : public QUndoCommand {
public:
    SetAnnotation(CorpusPage *page, const QString &id, std::optional<Annotation> before, std::optional<Annotation> after,
                  const QString &text)
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

} // namespace

QString systemUserName()
{
    for (const char *name : {"USER", "LOGNAME"})
        if (!qEnvironmentVariable(name).isEmpty())
            return qEnvironmentVariable(name);
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

QString LockOwner::describe() const
{
    const QString age = ageSeconds < 0 ? QString()
                        : ageSeconds < 120 ? CorpusPage::tr("%n second(s) ago", nullptr, static_cast<int>(ageSeconds))
                        : ageSeconds < 7200 ? CorpusPage::tr("%n minute(s) ago", nullptr, static_cast<int>(ageSeconds / 60))
                                            : CorpusPage::tr("%n hour(s) ago", nullptr, static_cast<int>(ageSeconds / 3600));
    return CorpusPage::tr("%1 (process %2 on %3, locked %4)%5")
        .arg(app.isEmpty() ? QStringLiteral("EmoLens") : app)
        .arg(pid)
        .arg(host)
        .arg(age)
        .arg(alive ? QString() : CorpusPage::tr("; that process is no longer running"));
}

CorpusPage::CorpusPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("corpusPage"));
    m_author = systemUserName();
    m_undo = new QUndoStack(this);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(1500);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &CorpusPage::writeAutosave);
    buildUi();
}

CorpusPage::~CorpusPage()
{
    if (m_autosaveTimer.isActive())
        writeAutosave(); // nothing typed is lost, even if the window closes before the timer fires
}

void CorpusPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("No corpus open. Use File > Open Corpus."), this);
    m_summary->setObjectName(QStringLiteral("corpusSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("corpusSearch"));
    m_search->setPlaceholderText(tr("Search id, speaker, label, note..."));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &CorpusPage::setFilterText);
    bar->addWidget(m_search, 2);
    bar->addWidget(new QLabel(tr("Review order:"), this));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("reviewOrder"));
    m_order->addItem(tr("Corpus order"), QStringLiteral("corpus"));
    m_order->addItem(tr("Model disagrees with label first"), QStringLiteral("disagreement"));
    m_order->addItem(tr("Least confident first"), QStringLiteral("confidence"));
    m_order->setToolTip(tr("The review orders by prediction need the model's predictions (Edit > Predict Corpus); "
                           "choosing one offers to run it. The list re-sorts only when you choose an order, never "
                           "under the row you are labelling."));
    connect(m_order, &QComboBox::activated, this, [this](int i) {
        const QString order = m_order->itemData(i).toString();
        if (order != QLatin1String("corpus") && !hasPredictions()) {
            m_order->setCurrentIndex(std::max(0, m_order->findData(m_reviewOrder)));
            Q_EMIT predictionsNeeded(order);
            return;
        }
        setReviewOrder(order);
    });
    bar->addWidget(m_order, 1);
    layout->addLayout(bar);

    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("labelKeys"));
    layout->addWidget(m_keys);

    m_model = new UtteranceTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    // Rows move only when the user asks (an order, a header click): a relabel or an
    // arriving prediction never moves the row under the cursor.
    m_proxy->setDynamicSortFilter(false);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("utteranceTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // corpus order until a header is clicked
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { currentChanged(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        const Utterance &u = m_model->utterance(m_proxy->mapToSource(i).row());
        Q_EMIT utteranceActivated(QString::fromStdString(u.audioPath), QString::fromStdString(u.id));
    });

    m_dialog = new QCustomPlot(this);
    m_dialog->setObjectName(QStringLiteral("dialogView"));
    m_dialog->setMinimumHeight(120);
    m_dialog->xAxis->setLabel(tr("Dialog time (s)"));
    m_dialog->yAxis->setVisible(false);
    m_dialog->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_dialog->axisRect()->setRangeDrag(Qt::Horizontal);
    m_dialog->axisRect()->setRangeZoom(Qt::Horizontal);
    enableExportMenu(m_dialog);

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

bool CorpusPage::openCorpus(const QString &spec, const Protocol &protocol, QString *error)
{
    try {
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
        m_model->reset(selection.utterances, &m_annotations);
        m_order->setCurrentIndex(0);
        m_reviewOrder = QStringLiteral("corpus");
        m_proxy->sort(-1);
        fitColumns();
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
                               .arg(spec.toHtmlEscaped())
                               .arg(selection.utterances.size())
                               .arg(excluded)
                               .arg(m_corpus.skipped.size()));
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        Q_EMIT corpusOpened(spec);
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool CorpusPage::openAnnotations(const QString &path, QString *error, bool readOnly, LockOwner *owner)
{
    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // never stale by age; a lock whose process died on this host is taken over by Qt
        if (!lock->tryLock(0)) {
            LockOwner o;
            lock->getLockInfo(&o.pid, &o.host, &o.app);
            const QFileInfo info(path + QStringLiteral(".lock"));
            if (info.exists())
                o.ageSeconds = info.lastModified().secsTo(QDateTime::currentDateTime());
            o.alive = !(o.host == QSysInfo::machineHostName() && o.pid > 0 && ::kill(static_cast<pid_t>(o.pid), 0) != 0 && errno == ESRCH);
            if (owner)
                *owner = o;
            if (error)
                *error = tr("%1 is open in another EmoLens: %2.").arg(path, o.describe());
            return false;
        }
    }
    AnnotationSet loaded;
    if (QFileInfo::exists(path)) {
        try {
            loaded = AnnotationSet::load(path.toStdString());
        } catch (const std::exception &e) {
            if (error)
                *error = QString::fromStdString(e.what());
            return false;
        }
    }
    loaded.corpusSpec = m_spec.toStdString();
    m_annotations = loaded;
    m_annotationPath = path;
    m_lock = std::move(lock);
    m_readOnly = readOnly;
    m_undo->clear();
    m_model->setAnnotations(&m_annotations);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    return true;
}

bool CorpusPage::takeOverLock(const QString &path, QString *error)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) { // it was stale after all
        lock.unlock();
        return true;
    }
    if (!QFile::remove(path + QStringLiteral(".lock"))) {
        if (error)
            *error = tr("Could not remove the lock %1.lock.").arg(path);
        return false;
    }
    return true;
}

bool CorpusPage::refuseIfReadOnly()
{
    if (!m_readOnly)
        return false;
    Q_EMIT refused(tr("%1 is open read-only: labels and notes cannot change. Open it again without another EmoLens "
                      "holding it to edit.").arg(m_annotationPath));
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

void CorpusPage::fitColumns()
{
    // Content widths, capped so the long free-text columns cannot push the model's
    // call and the note off screen; columns with nothing to show (no sessions, no
    // raters in EmoDB or CSV) are hidden.
    m_table->resizeColumnsToContents();
    using C = UtteranceTableModel;
    // What a labeller works with comes first; context (duration, dialog, session) last.
    const int order[] = {C::Id, C::Speaker, C::Original, C::Corrected, C::Prediction, C::Confidence,
                         C::Agreement, C::Note, C::Votes, C::Duration, C::Dialog, C::Session};
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < C::ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    const std::map<int, int> cap = {{C::Id, 230}, {C::Session, 70}, {C::Dialog, 150}, {C::Votes, 170},
                                    {C::Original, 110}, {C::Corrected, 150}, {C::Prediction, 190}};
    for (int c = 0; c < C::ColumnCount; ++c) {
        bool empty = m_model->rowCount() > 0;
        for (int r = 0; r < m_model->rowCount() && empty; ++r)
            empty = m_model->index(r, c).data().toString().isEmpty();
        const bool optional = c == C::Session || c == C::Dialog || c == C::Votes || c == C::Agreement;
        m_table->setColumnHidden(c, optional && empty);
        const auto it = cap.find(c);
        if (it != cap.end() && m_table->columnWidth(c) > it->second)
            m_table->setColumnWidth(c, it->second);
        const int title = header->fontMetrics().horizontalAdvance(
                               m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        if (m_table->columnWidth(c) < title && c != C::Note)
            m_table->setColumnWidth(c, std::min(title, 130));
    }
    m_table->setColumnWidth(C::Note, std::max(m_table->columnWidth(C::Note), 220));
}

QString CorpusPage::autosavePath() const
{
    return m_annotationPath.isEmpty() ? QString() : m_annotationPath + QStringLiteral(".autosave");
}

bool CorpusPage::save(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("%1 is open read-only; use File > Save Annotations As to keep a copy.").arg(m_annotationPath);
        return false;
    }
    if (m_annotationPath.isEmpty()) {
        if (error)
            *error = tr("Choose an annotation file first (File > Save Annotations As).");
        return false;
    }
    QSaveFile file(m_annotationPath);
    const QByteArray bytes = QByteArray::fromStdString(m_annotations.toJson() + "\n");
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(m_annotationPath, file.errorString());
        return false;
    }
    m_undo->setClean();
    m_autosaveTimer.stop();
    QFile::remove(autosavePath());
    return true;
}

bool CorpusPage::isModified() const
{
    return !m_undo->isClean();
}

void CorpusPage::scheduleAutosave()
{
    if (!m_annotationPath.isEmpty() && !m_readOnly)
        m_autosaveTimer.start();
}

void CorpusPage::writeAutosave()
{
    const QString path = autosavePath();
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(m_annotations.toJson() + "\n");
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
        file.commit();
}

bool CorpusPage::hasAutosave() const
{
    const QString path = autosavePath();
    return !path.isEmpty() && QFileInfo::exists(path);
}

bool CorpusPage::restoreAutosave(QString *error)
{
    try {
        const AnnotationSet restored = AnnotationSet::load(autosavePath().toStdString());
        // One undoable step per restored difference, so the user can inspect and undo.
        std::set<std::string> ids;
        for (const auto &[id, a] : restored.all())
            ids.insert(id);
        for (const auto &[id, a] : m_annotations.all())
            ids.insert(id);
        m_undo->beginMacro(tr("Restore unsaved annotations"));
        for (const auto &id : ids) {
            const Annotation *now = m_annotations.find(id);
            const Annotation *then = restored.find(id);
            if ((now ? Annotation(*now).label + "\x1f" + now->note : "") == (then ? then->label + "\x1f" + then->note : ""))
                continue;
            m_undo->push(new SetAnnotation(this, QString::fromStdString(id), now ? std::optional<Annotation>(*now) : std::nullopt,
                                           then ? std::optional<Annotation>(*then) : std::nullopt, tr("Restore")));
        }
        m_undo->endMacro();
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

int CorpusPage::currentSourceRow() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_proxy->mapToSource(i).row() : -1;
}

void CorpusPage::applyAnnotation(const QString &id, const Annotation *annotation)
{
    if (annotation)
        m_annotations.set(*annotation);
    else
        m_annotations.erase(id.toStdString());
    m_model->annotationChanged(id);
    currentChanged(); // the note field and the dialog view's turn labels follow
    scheduleAutosave();
}

void CorpusPage::labelCurrent(const QString &label)
{
    const int row = currentSourceRow();
    if (row < 0 || refuseIfReadOnly())
        return;
    const Utterance &u = m_model->utterance(row);
    const Annotation *now = m_annotations.find(u.id);
    Annotation next = now ? *now : Annotation{u.id, u.label, {}, {}, {}, {}};
    next.label = label == QString::fromStdString(u.label) ? std::string() : label.toStdString();
    if (now && now->label == next.label)
        return;
    if (!now && next.label.empty())
        return;
    next.author = m_author.toStdString();
    next.modified = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const bool keep = !next.label.empty() || !next.note.empty();
    m_undo->push(new SetAnnotation(this, QString::fromStdString(u.id), now ? std::optional<Annotation>(*now) : std::nullopt,
                                   keep ? std::optional<Annotation>(next) : std::nullopt,
                                   label.isEmpty() ? tr("Clear label of %1").arg(QString::fromStdString(u.id))
                                                   : tr("Label %1 as %2").arg(QString::fromStdString(u.id), label)));
}

void CorpusPage::setNoteCurrent(const QString &note)
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    if (m_readOnly) {
        const Annotation *a = m_annotations.find(m_model->utterance(row).id);
        if ((a ? QString::fromStdString(a->note) : QString()) != note) {
            m_note->setText(a ? QString::fromStdString(a->note) : QString());
            refuseIfReadOnly();
        }
        return;
    }
    const Utterance &u = m_model->utterance(row);
    const Annotation *now = m_annotations.find(u.id);
    if ((now ? QString::fromStdString(now->note) : QString()) == note)
        return;
    Annotation next = now ? *now : Annotation{u.id, u.label, {}, {}, {}, {}};
    next.note = note.toStdString();
    next.author = m_author.toStdString();
    next.modified = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const bool keep = !next.label.empty() || !next.note.empty();
    m_undo->push(new SetAnnotation(this, QString::fromStdString(u.id), now ? std::optional<Annotation>(*now) : std::nullopt,
                                   keep ? std::optional<Annotation>(next) : std::nullopt,
                                   tr("Note on %1").arg(QString::fromStdString(u.id))));
}

bool CorpusPage::handleLabelKey(int key)
{
    if (key == Qt::Key_0) {
        const int row = currentSourceRow();
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
    if (watched == m_table && event->type() == QEvent::KeyPress && !(static_cast<QKeyEvent *>(event)->modifiers() & Qt::ControlModifier))
        if (handleLabelKey(static_cast<QKeyEvent *>(event)->key()))
            return true;
    return QWidget::eventFilter(watched, event);
}

void CorpusPage::currentChanged()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Utterance &u = m_model->utterance(row);
    if (QString::fromStdString(u.id) != m_lastSelected) {
        m_lastSelected = QString::fromStdString(u.id);
        Q_EMIT utteranceSelected(QString::fromStdString(u.audioPath), m_lastSelected);
    }
    const Annotation *a = m_annotations.find(u.id);
    m_note->setText(a ? QString::fromStdString(a->note) : QString());
    QStringList lines;
    for (const auto &v : u.votes)
        lines << QString::fromStdString(v.rater) + QStringLiteral(": ") +
                     QString::fromStdString(v.text).replace(QLatin1Char('\t'), QLatin1Char(' ')).simplified();
    const auto transcript = u.extras.find("transcript");
    m_votes->setText((transcript != u.extras.end() ? QStringLiteral("\"%1\"  ").arg(QString::fromStdString(transcript->second)) : QString()) +
                     lines.join(QStringLiteral("; ")));
    drawDialog(u);
}

void CorpusPage::drawDialog(const Utterance &u)
{
    m_dialog->clearPlottables();
    m_dialog->clearItems();
    const auto audio = u.extras.find("dialogAudio");
    if (audio == u.extras.end() || !QFileInfo::exists(QString::fromStdString(audio->second))) {
        m_dialog->setVisible(false);
        return;
    }
    m_dialog->setVisible(true);
    // The dialog waveform (an envelope), each turn a labelled region; the current turn stands out.
    static std::map<std::string, std::vector<float>> cache; // dialog path -> envelope, a peak per frame shift
    auto &env = cache[audio->second];
    if (env.empty()) {
        try {
            // Decoded at the front end's rate; one peak per frame shift (100 a second).
            const FeatureConfig features;
            AudioLoadOptions o;
            o.targetRateHz = features.sampleRateHz;
            const AudioBuffer b = loadAudio(audio->second, o);
            const auto step = static_cast<std::size_t>(features.shiftSamples);
            for (std::size_t i = 0; i < b.samples.size(); i += step) {
                float peak = 0;
                for (std::size_t j = i; j < std::min(b.samples.size(), i + step); ++j)
                    peak = std::max(peak, std::abs(b.samples[j]));
                env.push_back(peak);
            }
        } catch (const std::exception &) {
            m_dialog->setVisible(false);
            return;
        }
    }
    QVector<double> t, hi, lo;
    for (std::size_t i = 0; i < env.size(); ++i) {
        t << static_cast<double>(i) * FeatureConfig{}.shiftSamples / FeatureConfig{}.sampleRateHz;
        hi << env[i];
        lo << -env[i];
    }
    auto *g1 = m_dialog->addGraph();
    auto *g2 = m_dialog->addGraph();
    g1->setData(t, hi, true);
    g2->setData(t, lo, true);
    g1->setPen(QPen(QColor(90, 90, 90)));
    g2->setPen(QPen(QColor(90, 90, 90)));
    g1->setBrush(QColor(90, 90, 90, 90));
    g1->setChannelFillGraph(g2);
    double focusStart = 0, focusEnd = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Utterance &o = m_model->utterance(r);
        if (o.dialog != u.dialog)
            continue;
        const auto s = o.extras.find("dialogStart"), e = o.extras.find("dialogEnd");
        if (s == o.extras.end() || e == o.extras.end())
            continue;
        const double start = std::atof(s->second.c_str()), end = std::atof(e->second.c_str());
        const Annotation *a = m_annotations.find(o.id);
        const QString label = QString::fromStdString(a && !a->label.empty() ? a->label : o.label);
        auto *rect = new QCPItemRect(m_dialog);
        rect->topLeft->setCoords(start, 1.0);
        rect->bottomRight->setCoords(end, -1.0);
        const bool current = o.id == u.id;
        rect->setBrush(current ? QColor(230, 120, 0, 90) : QColor(0, 114, 178, 40));
        rect->setPen(QPen(current ? QColor(230, 120, 0) : QColor(0, 114, 178), current ? 2 : 1));
        auto *text = new QCPItemText(m_dialog);
        text->position->setCoords(0.5 * (start + end), 1.05);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(label + QStringLiteral(" · ") + QString::fromStdString(o.speaker));
        text->setFont(QFont(font().family(), 8));
        if (current) {
            focusStart = start;
            focusEnd = end;
        }
    }
    m_dialog->yAxis->setRange(-1.05, 1.6); // room above the turns for their labels
    const double span = std::max(20.0, focusEnd - focusStart + 10.0);
    m_dialog->xAxis->setRange(std::max(0.0, 0.5 * (focusStart + focusEnd) - span / 2), 0.5 * (focusStart + focusEnd) + span / 2);
    m_dialog->replot();
}

void CorpusPage::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_proxy->setFilterFixedString(text);
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
    m_order->setCurrentIndex(std::max(0, m_order->findData(order)));
    if (order == QLatin1String("confidence")) {
        m_proxy->sort(UtteranceTableModel::Confidence, Qt::AscendingOrder);
    } else if (order == QLatin1String("disagreement")) {
        m_proxy->sort(UtteranceTableModel::Prediction, Qt::AscendingOrder);
    } else {
        m_proxy->sort(-1);
    }
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
}

CorpusReadResult CorpusPage::correctedCorpus() const
{
    return applyAnnotations(m_corpus, m_annotations);
}

bool CorpusPage::exportEmoEvaluation(const QString &dir, QString *error)
{
    try {
        // Every turn of every dialog, not only those the protocol keeps: the files replace whole dialogs.
        emolens::exportEmoEvaluation(correctedCorpus(), dir.toStdString());
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool CorpusPage::exportCsv(const QString &path, QString *error)
{
    try {
        emolens::exportCsv(correctedCorpus(), path.toStdString());
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace emolens::ui
