#pragma once
// QCustomPlot's header uses Qt's `signals` and `foreach` keywords, which the
// project turns off (QT_NO_KEYWORDS: Qt's `slots` breaks torch headers). Map
// them to the Q_ macros for this one include only, then remove them again.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
