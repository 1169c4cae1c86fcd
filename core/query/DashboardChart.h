#pragma once

#include <QList>
#include <QString>

namespace liaison {

// The dashboard's charts, with the stable names `liaison export-chart --chart`
// takes and the titles printed above them.
enum class DashboardChart {
    ActivityPerPeriod,
    PartnershipsByStage,
    TopOrganisations,
    TopPeople,
    IntroductionOutcomes,
    TimeToAgreement,
    ActivityPerCountry
};

QList<DashboardChart> allDashboardCharts();
QString dashboardChartName(DashboardChart chart);
QString dashboardChartTitle(DashboardChart chart);
bool dashboardChartFromName(const QString &name, DashboardChart *chart);

} // namespace liaison
