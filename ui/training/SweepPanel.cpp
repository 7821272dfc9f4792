#include "training/SweepPanel.h"

#include "common/Plot.h"
#include "common/PlotExport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace emolens::ui {

SweepPanel::SweepPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_param = new QComboBox(this);
    m_param->setObjectName(QStringLiteral("sweepParam"));
    m_param->addItem(tr("conv1a height"), QStringLiteral("conv1a-height"));
    m_param->addItem(tr("conv1b width"), QStringLiteral("conv1b-width"));
    m_param->addItem(tr("Pooling"), QStringLiteral("pooling"));
    m_values = new QLineEdit(QStringLiteral("2,4,6,8,10,12"), this);
    m_values->setObjectName(QStringLiteral("sweepValues"));
    connect(m_param, &QComboBox::activated, this, [this] {
        const QString p = m_param->currentData().toString();
        m_values->setText(p == QLatin1String("pooling") ? QStringLiteral("attention,average,max")
                                                        : QStringLiteral("2,4,6,8,10,12"));
    });
    m_run = new QPushButton(tr("Run sweep"), this);
    connect(m_run, &QPushButton::clicked, this, [this] {
        Q_EMIT runRequested(m_param->currentData().toString(),
                            m_values->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
    });
    row->addWidget(m_param);
    row->addWidget(m_values, 1);
    row->addWidget(m_run);
    layout->addLayout(row);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("sweepPlot"));
    m_plot->legend->setVisible(true);
    enableExportMenu(m_plot);
    layout->addWidget(m_plot, 1);
}

void SweepPanel::setRunnable(bool runnable)
{
    m_run->setEnabled(runnable);
}

void SweepPanel::showSweep(const TrainingJobResult &r)
{
    m_plot->clearGraphs();
    m_plot->clearPlottables();
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    const bool numeric = r.sweepParam != QLatin1String("pooling");
    QVector<double> x, wa, ua;
    for (int i = 0; i < static_cast<int>(r.sweep.size()); ++i) {
        const auto &p = r.sweep[static_cast<std::size_t>(i)];
        const double key = numeric ? QString::fromStdString(p.value).toDouble() : i;
        x << key;
        wa << 100 * p.wa;
        ua << 100 * p.ua;
        ticks->addTick(key, QString::fromStdString(p.value));
    }
    auto *g1 = m_plot->addGraph();
    g1->setName(tr("WA %"));
    g1->setData(x, wa);
    g1->setPen(QPen(QColor(0, 114, 178), 2));
    g1->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    auto *g2 = m_plot->addGraph();
    g2->setName(tr("UA %"));
    g2->setData(x, ua);
    g2->setPen(QPen(QColor(213, 94, 0), 2));
    g2->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 7));
    m_plot->xAxis->setTicker(ticks);
    m_plot->xAxis->setLabel(
        r.sweepParam == QLatin1String("conv1a-height")  ? tr("conv1a height (frequency extent of the x2 kernel)")
        : r.sweepParam == QLatin1String("conv1b-width") ? tr("conv1b width (time extent of the 2x kernel)")
                                                        : tr("Pooling"));
    m_plot->yAxis->setLabel(tr("Held-out accuracy (%)"));
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.2);
    m_plot->yAxis->setRange(0, 100);
    m_plot->replot();
}

} // namespace emolens::ui
