#include "analysis/OverlaySource.h"

namespace emolens::ui {

QStringList overlayNamesFor(const ModelMetadata *model)
{
    QStringList names{QStringLiteral("none")};
    if (!model)
        return names;
    const bool attention = model->model.pooling == "attention";
    if (attention)
        names << QStringLiteral("bottom-up");
    for (const auto &c : model->classes())
        names << QStringLiteral("top-down:") + QString::fromStdString(c);
    if (attention)
        for (const auto &c : model->classes())
            names << QStringLiteral("contribution:") + QString::fromStdString(c);
    return names;
}

namespace {

/// The class an overlay name refers to, -1 for bottom-up or an unknown class.
int overlayClass(const AttentionAnalysis &a, const QString &overlay, bool &contribution)
{
    contribution = overlay.startsWith(QLatin1String("contribution:"));
    const QString cls = overlay.mid(contribution ? 13 : 9);
    for (int i = 0; i < static_cast<int>(a.classes.size()); ++i)
        if (QString::fromStdString(a.classes[static_cast<std::size_t>(i)]) == cls)
            return i;
    return -1;
}

bool fill(OverlayImage &image, const float *data, int rows, int columns)
{
    if (!data || rows <= 0 || columns <= 0)
        return false;
    image.rows = rows;
    image.columns = columns;
    image.values.assign(data, data + static_cast<std::size_t>(rows) * columns);
    return true;
}

bool fileMap(const AttentionAnalysis &a, bool bottomUp, bool contribution, int k, OverlayImage &image)
{
    const float *data = bottomUp       ? (a.bottomUp.empty() ? nullptr : a.bottomUp.data())
                        : contribution ? (a.contribution.empty() ? nullptr : a.contributionMap(k))
                                       : a.topDownMap(k);
    if (!fill(image, data, a.mapRows, a.columns))
        return false;
    image.firstSeconds = a.columnCentreSeconds(0);
    image.lastSeconds = a.columnCentreSeconds(image.columns - 1);
    return true;
}

bool segmentMap(const AttentionAnalysis &a, int focus, bool bottomUp, bool contribution, int k, OverlayImage &image)
{
    const AttentionMaps &m = a.segmentDetails.at(static_cast<std::size_t>(focus)).maps;
    const std::size_t plane = static_cast<std::size_t>(m.height) * m.width;
    if (bottomUp || contribution) {
        if (m.bottomUp.empty())
            return false;
        if (bottomUp)
            return fill(image, m.bottomUp.data(), m.height, m.width);
    }
    if (m.topDown.size() < static_cast<std::size_t>(k + 1) * plane)
        return false;
    const float *t = m.topDown.data() + static_cast<std::size_t>(k) * plane;
    if (!fill(image, t, m.height, m.width))
        return false;
    if (contribution)
        for (std::size_t i = 0; i < plane; ++i)
            image.values[i] *= m.bottomUp[i];
    const double start = a.prediction.segments.at(static_cast<std::size_t>(focus)).startSeconds;
    image.firstSeconds = a.segmentMapColumnSeconds(start, 0);
    image.lastSeconds = a.segmentMapColumnSeconds(start, image.columns - 1);
    return true;
}

} // namespace

std::optional<OverlayImage> overlayImage(const AttentionAnalysis &a, const QString &overlay, int focus)
{
    if (overlay == QLatin1String("none"))
        return std::nullopt;
    const bool bottomUp = overlay == QLatin1String("bottom-up");
    bool contribution = false;
    const int k = bottomUp ? -1 : overlayClass(a, overlay, contribution);
    if (!bottomUp && k < 0)
        return std::nullopt;
    OverlayImage image;
    const bool ok = focus < 0 ? fileMap(a, bottomUp, contribution, k, image)
                              : segmentMap(a, focus, bottomUp, contribution, k, image);
    if (!ok)
        return std::nullopt;
    image.firstHz = a.mapRowHz(0);
    image.lastHz = a.mapRowHz(image.rows - 1);
    if (bottomUp && a.mapRows > 0 && a.segmentMapColumns > 0)
        image.uniformCells = static_cast<double>(a.mapRows) * a.segmentMapColumns;
    return image;
}

} // namespace emolens::ui
