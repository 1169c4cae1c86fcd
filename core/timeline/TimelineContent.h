#pragma once

#include "TimelineData.h"

namespace liaison {

// What one view of the timeline shows: its lanes, and either the activities
// in the window or — when there are more than can be told apart — counts per
// lane from which density is drawn.
struct TimelineContent
{
    QList<TimelineLane> lanes;
    int moreLanes = 0; // lanes left out (organisations/partnerships beyond the limit)
    bool dense = false;
    QList<TimelineMark> marks;               // when not dense
    QVector<TimelineDailyCounts> dailyCounts; // per lane; always available
    qint64 total = 0;                         // activities in the window
};

} // namespace liaison
