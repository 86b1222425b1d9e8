#include "till/ShiftDialog.h"

#include "sales/ReceiptBuilder.h"

#include "sales/Tender.h"
#include "sales/receipt/ReceiptTextRenderer.h"
#include "shell/TillSession.h"
#include "till/PlaceholderWidth.h"
#include "till/TillFormat.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

ShiftDialog::ShiftDialog(TillSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("shiftDialog"));
    setWindowTitle(tr("Shift"));
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("shiftState"));
    m_state->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("shiftAmount"));
    m_amount->setPlaceholderText(tr("Amount: float, cash in/out or counted cash"));
    fitPlaceholder(m_amount);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("shiftReason"));
    m_reason->setPlaceholderText(tr("Reason for cash in/out"));
    fitPlaceholder(m_reason);
    layout->addWidget(m_amount);
    layout->addWidget(m_reason);
    auto* grid = new QGridLayout;
    const QList<std::pair<QString, QString>> actions{
        {QStringLiteral("openShift"), tr("Open shift")},   {QStringLiteral("cashIn"), tr("Cash in")},
        {QStringLiteral("cashOut"), tr("Cash out")},       {QStringLiteral("closeShift"), tr("Close shift")},
        {QStringLiteral("xReport"), tr("X report")},       {QStringLiteral("zReport"), tr("Z report (day end)")}};
    for (int i = 0; i < actions.size(); ++i) {
        auto* b = new QPushButton(actions[i].second, this);
        b->setObjectName(actions[i].first);
        b->setMinimumHeight(48);
        grid->addWidget(b, i / 3, i % 3);
        const QString name = actions[i].first;
        connect(b, &QPushButton::clicked, this, [this, name] {
            if (name == u"openShift") openShift();
            else if (name == u"cashIn") cashMovement(true);
            else if (name == u"cashOut") cashMovement(false);
            else if (name == u"closeShift") closeShift();
            else if (name == u"xReport") showX();
            else showZ();
        });
    }
    layout->addLayout(grid);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setReadOnly(true);
    m_report->setFont(QFont(QStringLiteral("Noto Sans Mono CJK SC"), 10));
    layout->addWidget(m_report, 1);
    refresh();
    m_amount->setFocus();
}

bool ShiftDialog::fail(const QString& message)
{
    m_message->setText(message);
    return false;
}

void ShiftDialog::refresh()
{
    const auto shift = m_session.shifts().current();
    // Stored as ISO 8601 with its offset; the cashier reads the wall-clock time it was opened.
    const QDateTime opened = QDateTime::fromString(shift ? shift->openedAt : QString(), Qt::ISODate);
    const QString since = opened.isValid() ? opened.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                           : (shift ? shift->openedAt : QString());
    m_state->setText(shift ? tr("Shift open since %1 by %2, float %3").arg(since, shift->cashier, yuan(shift->floatMinor))
                           : tr("No shift is open."));
}

void ShiftDialog::openShift()
{
    const auto amount = parseYuan(m_amount->text().isEmpty() ? QStringLiteral("0") : m_amount->text());
    if (!amount)
        return (void)fail(tr("Type the float, such as 200."));
    auto opened = m_session.shifts().open(*m_session.user(), *amount);
    if (!opened)
        return (void)fail(opened.message());
    m_message->clear();
    m_amount->clear();
    refresh();
    emit shiftChanged();
}

void ShiftDialog::cashMovement(bool in)
{
    const auto amount = parseYuan(m_amount->text());
    if (!amount || *amount <= 0)
        return (void)fail(tr("Type an amount such as 50."));
    auto moved = m_session.shifts().cashMovement(*m_session.user(), in, *amount, m_reason->text().trimmed());
    if (!moved)
        return (void)fail(moved.message());
    m_message->clear();
    m_amount->clear();
    m_reason->clear();
    showX();
}

void ShiftDialog::closeShift()
{
    const auto counted = parseYuan(m_amount->text());
    if (!counted)
        return (void)fail(tr("Type the cash counted in the drawer."));
    auto closed = m_session.shifts().close(*m_session.user(), *counted);
    if (!closed)
        return (void)fail(closed.message());
    m_message->clear();
    m_amount->clear();
    refresh();
    showX();
    emit shiftChanged();
}

void ShiftDialog::showX()
{
    auto report = m_session.shifts().xReport();
    if (!report)
        return (void)fail(report.message());
    showReport(*report);
}

void ShiftDialog::showZ()
{
    auto report = m_session.shifts().zReport(*m_session.user());
    if (!report)
        return (void)fail(report.message());
    showReport(*report);
}

void ShiftDialog::showReport(const DayReport& r)
{
    // The same document the printer gets for an X or Z slip, so screen and paper never differ.
    const ReceiptDocument doc = buildDayReportReceipt(r, m_session.store().identity(),
                                                      m_session.user() ? m_session.user()->userName : QString(),
                                                      m_session.clock().now(), m_session.store().identity().currency);
    m_report->setPlainText(ReceiptTextRenderer::renderText(doc, 42));
}

} // namespace patron::ui
