#pragma once
// The corpus browser's dialog view: the whole dialog's waveform with every turn
// as a labelled region (its current label and speaker), the selected turn
// standing out. Hidden for corpora without dialog audio (EmoDB, CSV).
#include "emolens/Annotations.h"
#include "emolens/Corpus.h"

#include "common/Plot.h"

#include <list>
#include <string>
#include <utility>
#include <vector>

namespace emolens::ui {

class DialogView : public QCustomPlot {
    Q_OBJECT
public:
    explicit DialogView(QWidget *parent = nullptr);

    /// Draws \p current's dialog with the turns of it among \p utterances, labelled
    /// with their corrections from \p annotations; hides itself when \p current has
    /// no readable dialog audio.
    void showDialog(const Utterance &current, const std::vector<Utterance> &utterances,
                    const AnnotationSet &annotations);

private:
    /// A peak per frame shift of the dialog's audio (empty when it cannot be read).
    const std::vector<float> &envelope(const std::string &path);
    void drawTurns(const Utterance &current, const std::vector<Utterance> &utterances,
                   const AnnotationSet &annotations);

    /// The last few dialogs' envelopes (a session has dozens; each is read once per visit).
    std::list<std::pair<std::string, std::vector<float>>> m_envelopes;
};

} // namespace emolens::ui
