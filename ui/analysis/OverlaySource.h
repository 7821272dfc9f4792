#pragma once
// Which attention map an overlay name means, and where its cells lie on the
// spectrogram's axes. Plain values: no widgets, so it is testable on its own.
#include "emolens/Attention.h"
#include "emolens/ModelFile.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace emolens::ui {

/// Overlay names a model offers: "none", then (attention pooling only) "bottom-up",
/// "top-down:<class>" for every class, and (attention pooling) "contribution:<class>".
QStringList overlayNamesFor(const ModelMetadata *model);

/// One overlay, ready to draw: rows x columns values, row-major, and the centres of
/// the first and last cell on the time and frequency axes.
struct OverlayImage {
    std::vector<float> values;
    int rows = 0;
    int columns = 0;
    double firstSeconds = 0, lastSeconds = 0;
    double firstHz = 0, lastHz = 0;
    /// Cells of one segment's map (H*W): softmax(B) is 1/cells everywhere when the
    /// model attends uniformly. 0 for maps where that reference means nothing.
    double uniformCells = 0;
};

/// The map \p overlay names, over the whole file (\p focus < 0) or segment \p focus,
/// on the network's grid (Attention.h): map row i at (4i + 2) x 10 Hz; over the file,
/// one column per frame at its centre; one segment's map column j over its frames
/// 4j ... 4j + 3. Empty for "none" and for maps the analysis does not hold.
std::optional<OverlayImage> overlayImage(const AttentionAnalysis &analysis, const QString &overlay, int focus);

} // namespace emolens::ui
