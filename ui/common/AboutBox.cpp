#include "common/AboutBox.h"

#include "emolens/Version.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace emolens::ui {

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("emolens::ui::AboutBox", "About EmoLens"),
        QCoreApplication::translate("emolens::ui::AboutBox",
                                    "<h3>EmoLens %1</h3><p>A workbench for speech emotion recognition research, "
                                    "implementing Li, Song, McLoughlin, Guo &amp; Dai, <i>An Attention Pooling based "
                                    "Representation Learning Method for Speech Emotion Recognition</i> "
                                    "(Interspeech 2018).</p><p>The bundled model and demo clip derive from the Berlin "
                                    "Database of Emotional Speech (Burkhardt et al., Interspeech 2005).</p>")
            .arg(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(kVersion), QString::fromLatin1(kBuildCommit))));
}

} // namespace emolens::ui
