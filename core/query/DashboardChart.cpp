#include "DashboardChart.h"

#include <QCoreApplication>

namespace liaison {

QList<DashboardChart> allDashboardCharts()
{
    return {DashboardChart::ActivityPerPeriod,    DashboardChart::PartnershipsByStage, DashboardChart::TopOrganisations,
            DashboardChart::TopPeople,            DashboardChart::IntroductionOutcomes, DashboardChart::TimeToAgreement,
            DashboardChart::ActivityPerCountry};
}

QString dashboardChartName(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::ActivityPerPeriod:
        return QStringLiteral("activity");
    case DashboardChart::PartnershipsByStage:
        return QStringLiteral("stages");
    case DashboardChart::TopOrganisations:
        return QStringLiteral("organisations");
    case DashboardChart::TopPeople:
        return QStringLiteral("people");
    case DashboardChart::IntroductionOutcomes:
        return QStringLiteral("introductions");
    case DashboardChart::TimeToAgreement:
        return QStringLiteral("time-to-agreement");
    case DashboardChart::ActivityPerCountry:
        return QStringLiteral("countries");
    }
    return {};
}

QString dashboardChartTitle(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::ActivityPerPeriod:
        return QCoreApplication::translate("DashboardChart", "Activity by kind");
    case DashboardChart::PartnershipsByStage:
        return QCoreApplication::translate("DashboardChart", "Partnerships by stage");
    case DashboardChart::TopOrganisations:
        return QCoreApplication::translate("DashboardChart", "Most active organisations");
    case DashboardChart::TopPeople:
        return QCoreApplication::translate("DashboardChart", "Most active people");
    case DashboardChart::IntroductionOutcomes:
        return QCoreApplication::translate("DashboardChart", "Introductions by outcome");
    case DashboardChart::TimeToAgreement:
        return QCoreApplication::translate("DashboardChart", "First introduction to signed agreement");
    case DashboardChart::ActivityPerCountry:
        return QCoreApplication::translate("DashboardChart", "Activity by country");
    }
    return {};
}

bool dashboardChartFromName(const QString &name, DashboardChart *chart)
{
    for (DashboardChart c : allDashboardCharts()) {
        if (dashboardChartName(c).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *chart = c;
            return true;
        }
    }
    return false;
}

} // namespace liaison
