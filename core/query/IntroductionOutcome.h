#pragma once

#include <QList>
#include <QString>

namespace liaison {

// Where an introduction led, as far as the records show. An introduction led
// to a meeting, an event or an agreement when a partnership it advances has an
// activity of that kind starting on or after the introduction's first day; the
// furthest of agreement > event > meeting wins. An introduction that advances
// no partnership, or whose partnerships have nothing later, has led to nothing
// yet. (Partnerships, not people, link the steps: a meeting between the same
// two people about something else is not an outcome.)
enum class IntroductionOutcome { NothingYet = 0, Meeting = 1, Event = 2, Agreement = 3 };

QList<IntroductionOutcome> allIntroductionOutcomes();
QString introductionOutcomeLabel(IntroductionOutcome outcome);

} // namespace liaison
