#include "corpus/DialogView.h"

#include "emolens/Audio.h"
#include "emolens/FeatureConfig.h"

#include "common/PlotExport.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace emolens::ui {

namespace {
constexpr std::size_t kEnvelopesKept = 8;
}

DialogView::DialogView(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("dialogView"));
    setMinimumHeight(120);
    xAxis->setLabel(tr("Dialog time (s)"));
    yAxis->setVisible(false);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    enableExportMenu(this);
}

const std::vector<float> &DialogView::envelope(const std::string &path)
{
    const auto hit =
        std::find_if(m_envelopes.begin(), m_envelopes.end(), [&](const auto &e) { return e.first == path; });
    if (hit != m_envelopes.end()) {
        m_envelopes.splice(m_envelopes.begin(), m_envelopes, hit); // most recent first
        return m_envelopes.front().second;
    }
    std::vector<float> env;
    try {
        // Decoded at the front end's rate; one peak per frame shift (100 a second).
        const FeatureConfig features;
        AudioLoadOptions o;
        o.targetRateHz = features.sampleRateHz;
        const AudioBuffer b = loadAudio(path, o);
        const auto step = static_cast<std::size_t>(features.shiftSamples);
        for (std::size_t i = 0; i < b.samples.size(); i += step) {
            float peak = 0;
            for (std::size_t j = i; j < std::min(b.samples.size(), i + step); ++j)
                peak = std::max(peak, std::abs(b.samples[j]));
            env.push_back(peak);
        }
    } catch (const std::exception &) {
        env.clear(); // unreadable: the view hides
    }
    m_envelopes.emplace_front(path, std::move(env));
    if (m_envelopes.size() > kEnvelopesKept)
        m_envelopes.pop_back();
    return m_envelopes.front().second;
}

void DialogView::showDialog(const Utterance &u, const std::vector<Utterance> &utterances,
                            const AnnotationSet &annotations)
{
    clearPlottables();
    clearItems();
    const auto audio = u.extras.find("dialogAudio");
    const std::vector<float> *env = nullptr;
    if (audio != u.extras.end() && QFileInfo::exists(QString::fromStdString(audio->second)))
        env = &envelope(audio->second);
    setVisible(env && !env->empty());
    if (!isVisible())
        return;
    const FeatureConfig features;
    const double frameSeconds = static_cast<double>(features.shiftSamples) / features.sampleRateHz;
    QVector<double> t, hi, lo;
    for (std::size_t i = 0; i < env->size(); ++i) {
        t << static_cast<double>(i) * frameSeconds;
        hi << (*env)[i];
        lo << -(*env)[i];
    }
    auto *g1 = addGraph();
    auto *g2 = addGraph();
    g1->setData(t, hi, true);
    g2->setData(t, lo, true);
    g1->setPen(QPen(QColor(90, 90, 90)));
    g2->setPen(QPen(QColor(90, 90, 90)));
    g1->setBrush(QColor(90, 90, 90, 90));
    g1->setChannelFillGraph(g2);
    drawTurns(u, utterances, annotations);
    replot();
}

void DialogView::drawTurns(const Utterance &u, const std::vector<Utterance> &utterances,
                           const AnnotationSet &annotations)
{
    double focusStart = 0, focusEnd = 0;
    for (const Utterance &o : utterances) {
        if (o.dialog != u.dialog)
            continue;
        const auto s = o.extras.find("dialogStart"), e = o.extras.find("dialogEnd");
        if (s == o.extras.end() || e == o.extras.end())
            continue;
        const double start = std::atof(s->second.c_str()), end = std::atof(e->second.c_str());
        const Annotation *a = annotations.find(o.id);
        const QString label = QString::fromStdString(a && !a->label.empty() ? a->label : o.label);
        auto *rect = new QCPItemRect(this);
        rect->topLeft->setCoords(start, 1.0);
        rect->bottomRight->setCoords(end, -1.0);
        const bool current = o.id == u.id;
        rect->setBrush(current ? QColor(230, 120, 0, 90) : QColor(0, 114, 178, 40));
        rect->setPen(QPen(current ? QColor(230, 120, 0) : QColor(0, 114, 178), current ? 2 : 1));
        auto *text = new QCPItemText(this);
        text->position->setCoords(0.5 * (start + end), 1.05);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(label + QStringLiteral(" · ") + QString::fromStdString(o.speaker));
        text->setFont(QFont(font().family(), 8));
        if (current) {
            focusStart = start;
            focusEnd = end;
        }
    }
    yAxis->setRange(-1.05, 1.6); // room above the turns for their labels
    const double span = std::max(20.0, focusEnd - focusStart + 10.0);
    xAxis->setRange(std::max(0.0, 0.5 * (focusStart + focusEnd) - span / 2), 0.5 * (focusStart + focusEnd) + span / 2);
}

} // namespace emolens::ui
