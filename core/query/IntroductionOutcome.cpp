#include "IntroductionOutcome.h"

#include <QCoreApplication>

namespace liaison {

QList<IntroductionOutcome> allIntroductionOutcomes()
{
    return {IntroductionOutcome::Agreement, IntroductionOutcome::Event, IntroductionOutcome::Meeting,
            IntroductionOutcome::NothingYet};
}

QString introductionOutcomeLabel(IntroductionOutcome outcome)
{
    switch (outcome) {
    case IntroductionOutcome::NothingYet:
        return QCoreApplication::translate("IntroductionOutcome", "Nothing yet");
    case IntroductionOutcome::Meeting:
        return QCoreApplication::translate("IntroductionOutcome", "Led to a meeting");
    case IntroductionOutcome::Event:
        return QCoreApplication::translate("IntroductionOutcome", "Led to an event");
    case IntroductionOutcome::Agreement:
        return QCoreApplication::translate("IntroductionOutcome", "Led to an agreement");
    }
    return {};
}

} // namespace liaison
