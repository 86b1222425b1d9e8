#include "reports/MembersTab.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QScrollArea>
#include <QTableWidget>
#include <QValueAxis>

namespace patron::ui {

namespace {

// A count axis with whole-number ticks: few members give 0, 1, 2, not 0, 0, 1, 1.
void setCountRange(QValueAxis* axis, qint64 most)
{
    if (most < 5) {
        axis->setRange(0, double(most + 1));
        axis->setTickCount(int(most) + 2);
    } else {
        axis->setRange(0, double(most) * 1.2);
    }
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes())
        chart->removeAxis(a);
}

// Mobile numbers are shown masked in lists (138****5678): a manager needs to tell members
// apart, not to read their numbers off the screen.
QString masked(const QString& mobile)
{
    return mobile.size() == 11 ? mobile.left(3) + QStringLiteral("****") + mobile.right(4) : mobile;
}

} // namespace

MembersTab::MembersTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("membersTab"));
    m_repeat = new QLabel(this);
    m_repeat->setObjectName(QStringLiteral("repeatRate"));
    m_growth = makeChartView(QStringLiteral("growthChart"), this);
    m_tiers = makeChartView(QStringLiteral("tierChart"), this);
    m_rfm = makeChartView(QStringLiteral("rfmChart"), this);
    m_tierTable = makeTable({tr("Tier"), tr("Members"), tr("Share of members"), tr("Spend"), tr("Share of spend")},
                            QStringLiteral("tierTable"), this);
    m_drillTitle = new QLabel(tr("Click a segment of the pyramid to list its members."), this);
    m_drillTitle->setObjectName(QStringLiteral("drillTitle"));
    m_drill = makeTable({tr("Name"), tr("Mobile"), tr("Tier"), tr("Visits"), tr("Spend"), tr("Last visit")},
                        QStringLiteral("rfmMembers"), this);
    m_birthdayTitle = new QLabel(this);
    m_birthdayTitle->setObjectName(QStringLiteral("birthdayTitle"));
    m_birthdays = makeTable({tr("Name"), tr("Mobile"), tr("Tier"), tr("Birthday"), tr("In days")},
                            QStringLiteral("birthdayMembers"), this);
    m_dormantTitle = new QLabel(this);
    m_dormantTitle->setObjectName(QStringLiteral("dormantTitle"));
    m_dormant = makeTable({tr("Name"), tr("Mobile"), tr("Tier"), tr("Visits"), tr("Spend"), tr("Last visit")},
                          QStringLiteral("dormantMembers"), this);
    m_rfm->setMinimumHeight(440);  // eight segment names need their rows, or Qt Charts elides them
    m_tierTable->setMinimumHeight(160);
    m_drill->setMinimumHeight(280);
    m_birthdays->setMinimumHeight(240);
    m_dormant->setMinimumHeight(240);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->addWidget(m_repeat, 0, 0, 1, 2);
    grid->addWidget(m_growth, 1, 0);
    grid->addWidget(m_tiers, 1, 1);
    grid->addWidget(m_tierTable, 2, 0, 1, 2);
    grid->addWidget(m_rfm, 3, 0);
    auto* drill = new QVBoxLayout;
    drill->addWidget(m_drillTitle);
    drill->addWidget(m_drill);
    grid->addLayout(drill, 3, 1);
    auto* birthdays = new QVBoxLayout;
    birthdays->addWidget(m_birthdayTitle);
    birthdays->addWidget(m_birthdays);
    grid->addLayout(birthdays, 4, 0);
    auto* dormant = new QVBoxLayout;
    dormant->addWidget(m_dormantTitle);
    dormant->addWidget(m_dormant);
    grid->addLayout(dormant, 4, 1);
    const QList<QWidget*> parts{m_repeat, m_growth, m_tiers, m_tierTable, m_rfm, m_drillTitle, m_drill,
                                m_birthdayTitle, m_birthdays, m_dormantTitle, m_dormant};
    for (QWidget* w : parts)
        w->setParent(content);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void MembersTab::present(const ReportBundle& b)
{
    const QString c = b.currency;
    m_repeat->setText(tr("Repeat rate: %1 of %2 buying members came back (%3).")
                          .arg(b.repeat.repeaters)
                          .arg(b.repeat.buyers)
                          .arg(percent(b.repeat.rateBp())));

    QChart* growth = m_growth->chart();
    clearChart(growth);
    growth->setTitle(tr("New members by month"));
    auto* line = new QLineSeries;
    line->setName(tr("New members"));
    auto* months = new QCategoryAxis;
    months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    qint64 top = 1;
    for (int i = 0; i < b.growth.size(); ++i) {
        line->append(i, double(b.growth[i].count));
        months->append(b.growth[i].key, i);
        top = std::max(top, b.growth[i].count);
    }
    growth->addSeries(line);
    auto* count = new QValueAxis;
    setCountRange(count, top);
    months->setRange(-0.5, std::max<double>(0.5, double(b.growth.size()) - 0.5));
    growth->addAxis(months, Qt::AlignBottom);
    growth->addAxis(count, Qt::AlignLeft);
    line->attachAxis(months);
    line->attachAxis(count);

    QChart* tiers = m_tiers->chart();
    clearChart(tiers);
    tiers->setTitle(tr("Members by tier"));
    auto* pie = new QPieSeries;
    QList<QStringList> rows;
    for (const TierShare& t : b.tiers) {
        if (t.members > 0)
            pie->append(QStringLiteral("%1 (%2)").arg(t.name).arg(t.members), double(t.members));
        rows << QStringList{t.name, QString::number(t.members), percent(t.memberShareBp), money(t.spendMinor, c),
                            percent(t.spendShareBp)};
    }
    tiers->addSeries(pie);
    setRows(m_tierTable, rows);

    // The pyramid: 重要价值 on top, 流失 at the bottom (a horizontal bar axis runs upwards).
    QChart* rfm = m_rfm->chart();
    clearChart(rfm);
    rfm->setTitle(tr("RFM segments (%1 members who bought)").arg(b.rfm.result.analysed));
    auto* set = new QBarSet(tr("Members"));
    QStringList names;
    qint64 most = 1;
    for (int i = kRfmSegmentCount - 1; i >= 0; --i) {
        *set << double(b.rfm.result.counts[i]);
        names << rfmSegmentName(RfmSegment(i));
        most = std::max(most, b.rfm.result.counts[i]);
    }
    connect(set, &QBarSet::clicked, this, [this](int index) { emit segmentRequested(RfmSegment(kRfmSegmentCount - 1 - index)); });
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    rfm->addSeries(bars);
    auto* segAxis = new QBarCategoryAxis;
    segAxis->append(names);
    auto* n = new QValueAxis;
    setCountRange(n, most);
    rfm->addAxis(segAxis, Qt::AlignLeft);
    rfm->addAxis(n, Qt::AlignBottom);
    bars->attachAxis(segAxis);
    bars->attachAxis(n);
    rfm->legend()->hide();

    QHash<QString, QString> tierNames;
    for (const TierShare& t : b.tiers)
        tierNames.insert(t.code, t.name);
    const auto visitRow = [&](const Member& m) {
        return QStringList{m.name, masked(m.mobile), tierNames.value(m.tierCode, m.tierCode), QString::number(m.visits),
                           money(m.spendMinor, c),
                           m.lastVisitAt.isValid() ? m.lastVisitAt.date().toString(Qt::ISODate) : QString()};
    };
    rows.clear();
    if (b.request.segment) {
        m_drillTitle->setText(tr("%1: %2 members").arg(rfmSegmentName(*b.request.segment)).arg(b.rfm.members.size()));
        for (const Member& m : b.rfm.members)
            rows << visitRow(m);
    }
    setRows(m_drill, rows);

    m_birthdayTitle->setText(tr("Birthdays in the next %1 days: %n member(s)", nullptr, int(b.birthdays.size()))
                                 .arg(ReportRequest::kBirthdayDays));
    rows.clear();
    for (const BirthdayEntry& e : b.birthdays)
        rows << QStringList{e.member.name, masked(e.member.mobile), tierNames.value(e.member.tierCode, e.member.tierCode),
                            e.nextBirthday.toString(Qt::ISODate), QString::number(e.inDays)};
    setRows(m_birthdays, rows);

    m_dormantTitle->setText(tr("No visit for %1 days: %n member(s)", nullptr, int(b.dormant.size()))
                                .arg(ReportRequest::kDormantDays));
    rows.clear();
    for (const Member& m : b.dormant)
        rows << visitRow(m);
    setRows(m_dormant, rows);
}

QList<ReportTab::ExportTable> MembersTab::tables() const
{
    return {{QStringLiteral("member-tiers"), tr("Tiers"), m_tierTable},
            {QStringLiteral("rfm-members"), tr("RFM segment members"), m_drill},
            {QStringLiteral("member-birthdays"), tr("Birthdays"), m_birthdays},
            {QStringLiteral("dormant-members"), tr("Dormant members"), m_dormant}};
}

QList<QWidget*> MembersTab::printables() const
{
    return {m_repeat, m_growth, m_tiers, m_tierTable, m_rfm, m_drill, m_birthdayTitle, m_birthdays, m_dormantTitle, m_dormant};
}

} // namespace patron::ui
