#include "corpus/AnnotationActions.h"

#include "corpus/CorpusPage.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>

namespace emolens::ui {

AnnotationActions::AnnotationActions(CorpusPage *corpus, QWidget *window)
    : QObject(window), m_corpus(corpus), m_window(window)
{
}

bool AnnotationActions::open(const QString &path)
{
    QString error;
    LockOwner owner;
    owner.pid = -1;
    if (!m_corpus->openAnnotations(path, &error, false, &owner)) {
        if (owner.pid >= 0)
            offerLockChoice(path, owner);
        else
            Q_EMIT errorOccurred(tr("Could not open annotations"), error);
        return false;
    }
    Q_EMIT accessChanged();
    askAnnotatorOnce();
    if (m_corpus->hasAutosave())
        offerRestore(path);
    Q_EMIT statusMessage(tr("Annotations: %1").arg(path));
    return true;
}

void AnnotationActions::offerRestore(const QString &path)
{
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Restore unsaved labels?"),
                                tr("EmoLens found labels for %1 that were never saved (the last session ended "
                                   "without saving). Restore them? You can undo the restore.")
                                    .arg(path),
                                QMessageBox::Yes | QMessageBox::No, m_window);
    ask->setObjectName(QStringLiteral("restoreBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::accepted, this, [this] {
        QString e;
        if (!m_corpus->restoreAutosave(&e))
            Q_EMIT errorOccurred(tr("Could not restore"), e);
    });
    ask->open();
}

void AnnotationActions::offerLockChoice(const QString &path, const LockOwner &owner)
{
    const QString problem = tr("%1 is open in another EmoLens: %2.").arg(path, owner.describe());
    Q_EMIT problemNoted(problem);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Annotation file in use"),
                        problem + QLatin1Char('\n') +
                            (owner.alive ? tr("Open it read-only (no changes can be made), or cancel and close it "
                                              "in the other EmoLens first.")
                                         : tr("That EmoLens has ended without releasing its lock. Take the lock "
                                              "over to edit, or open the file read-only.")),
                        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("lockBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *readOnly = box->addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    QPushButton *takeOver = nullptr;
    if (!owner.alive || owner.host != QSysInfo::machineHostName()) {
        // A lock from another host cannot be checked from here: the user decides.
        takeOver = box->addButton(tr("Take Over Lock"), QMessageBox::DestructiveRole);
        takeOver->setObjectName(QStringLiteral("takeOverLock"));
    }
    connect(box, &QMessageBox::buttonClicked, this, [this, path, readOnly, takeOver](QAbstractButton *clicked) {
        QString error;
        if (clicked == readOnly) {
            if (!m_corpus->openAnnotations(path, &error, true)) {
                Q_EMIT errorOccurred(tr("Could not open annotations"), error);
                return;
            }
            Q_EMIT statusMessage(tr("Annotations (read-only): %1").arg(path));
            Q_EMIT accessChanged();
        } else if (takeOver && clicked == takeOver) {
            if (!CorpusPage::takeOverLock(path, &error))
                Q_EMIT errorOccurred(tr("Could not take over the lock"), error);
            else
                open(path);
        }
    });
    box->open();
}

void AnnotationActions::choose(bool saveAs)
{
    const QString path = saveAs ? QFileDialog::getSaveFileName(m_window, tr("Save Annotations As"), QString(),
                                                               tr("EmoLens annotations (*.json)"))
                                : QFileDialog::getOpenFileName(m_window, tr("Open Annotations"), QString(),
                                                               tr("EmoLens annotations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!saveAs) {
        open(path);
        return;
    }
    // Keep the labels made so far: take the new file's lock, then write them there.
    const AnnotationSet current = m_corpus->annotations();
    QString error;
    if (!m_corpus->openAnnotations(path, &error)) {
        Q_EMIT errorOccurred(tr("Could not open annotations"), error);
        return;
    }
    for (const auto &[id, a] : current.all())
        m_corpus->applyAnnotation(QString::fromStdString(id), &a);
    save();
}

void AnnotationActions::save()
{
    if (m_corpus->annotationPath().isEmpty()) {
        choose(true);
        return;
    }
    QString error;
    if (!m_corpus->save(&error))
        Q_EMIT errorOccurred(tr("Could not save"), error);
    else
        Q_EMIT statusMessage(tr("Saved %1").arg(m_corpus->annotationPath()));
}

void AnnotationActions::exportLabels(bool csv)
{
    QString error;
    bool ok = false;
    if (csv) {
        const QString path =
            QFileDialog::getSaveFileName(m_window, tr("Export Labels as CSV"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        ok = m_corpus->exportCsv(path, &error);
    } else {
        const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Export EmoEvaluation Files to Folder"));
        if (dir.isEmpty())
            return;
        ok = m_corpus->exportEmoEvaluation(dir, &error);
    }
    if (!ok)
        Q_EMIT errorOccurred(tr("Export failed"), error);
    else
        Q_EMIT statusMessage(tr("Labels exported"));
}

void AnnotationActions::exportLabelFiles(const QString &format)
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Export Labels to Folder"));
    if (dir.isEmpty())
        return;
    QString error;
    if (!m_corpus->exportLabelFiles(dir, format, &error))
        Q_EMIT errorOccurred(tr("Export failed"), error);
    else
        Q_EMIT statusMessage(tr("Labels exported to %1").arg(dir));
}

void AnnotationActions::compareAnnotators()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Compare with Annotation Files"), QString(),
                                                            tr("EmoLens annotations (*.json)"));
    if (files.isEmpty())
        return;
    QString error;
    if (!m_corpus->compareAnnotators(files, &error)) {
        Q_EMIT errorOccurred(tr("Could not compare annotators"), error);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Agreement between annotators"),
                                m_corpus->agreementSummary() + QStringLiteral("\n\n") +
                                    tr("The Agreement column now shows each utterance's share of agreeing rater "
                                       "pairs; the review order \"Raters disagree most first\" sorts by it."),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("agreementBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT statusMessage(m_corpus->agreementSummary());
}

bool AnnotationActions::confirmDiscard()
{
    if (!m_corpus->isModified())
        return true;
    const auto answer =
        QMessageBox::question(m_window, tr("Unsaved labels"),
                              tr("Save the changed labels to %1 before closing?").arg(m_corpus->annotationPath()),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        QString error;
        if (!m_corpus->save(&error)) {
            Q_EMIT errorOccurred(tr("Could not save"), error);
            return false;
        }
    }
    return true;
}

void AnnotationActions::setAnnotator(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("corpus/annotator"), clean);
    m_corpus->setAuthor(clean);
    Q_EMIT statusMessage(tr("Corrections are recorded as made by %1.").arg(clean));
}

void AnnotationActions::chooseAnnotator()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Annotator Name"), tr("Name recorded with every label correction and note:"),
                              QLineEdit::Normal, m_corpus->author(), &ok);
    if (ok)
        setAnnotator(name);
}

void AnnotationActions::askAnnotatorOnce()
{
    // Asked once, the first time an annotation file is opened; the system user is the default.
    if (QSettings().contains(QStringLiteral("corpus/annotator")))
        return;
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(QStringLiteral("annotatorDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Annotator Name"));
    ask->setLabelText(tr("Corrections and notes record who made them. Your name (change it later in Settings > "
                         "Annotator Name):"));
    ask->setTextValue(m_corpus->author());
    connect(ask, &QInputDialog::textValueSelected, this, &AnnotationActions::setAnnotator);
    connect(ask, &QInputDialog::rejected, this, [this] { setAnnotator(m_corpus->author()); });
    ask->open();
}

} // namespace emolens::ui
