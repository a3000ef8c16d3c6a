#include "reportsession.h"

#include "language.h"
#include "reportjson.h"
#include "reportstore.h"
#include "ruleengine.h"
#include "undocommands.h"

namespace nianbao {

namespace {

void setMeta(ReportMeta *meta, const QString &field, const QString &value)
{
    if (field == QStringLiteral("title"))
        meta->title = value;
    else if (field == QStringLiteral("index_number"))
        meta->indexNumber = value;
    else if (field == QStringLiteral("publisher"))
        meta->publisher = value;
    else if (field == QStringLiteral("keywords"))
        meta->keywords = value;
    else if (field == QStringLiteral("written_date"))
        meta->writtenDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QStringLiteral("published_date"))
        meta->publishedDate = QDate::fromString(value, Qt::ISODate);
}

QString fieldLabel(const QString &field)
{
    if (field == QStringLiteral("title"))
        return ReportSession::tr("the title");
    if (field == QStringLiteral("index_number"))
        return ReportSession::tr("the index number");
    if (field == QStringLiteral("publisher"))
        return ReportSession::tr("the publisher");
    if (field == QStringLiteral("written_date"))
        return ReportSession::tr("the date written");
    if (field == QStringLiteral("published_date"))
        return ReportSession::tr("the date published");
    return ReportSession::tr("the keywords");
}

} // namespace

ReportSession::ReportSession(ReportStore *store, qint64 reportId, const Report &report, std::optional<Report> previous,
                             const RuleEngine::Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reportId(reportId)
    , m_report(report)
    , m_previous(std::move(previous))
    , m_options(options)
    , m_undoStack(new QUndoStack(this))
{
    m_problems = RuleEngine::check(m_report, m_previous ? &*m_previous : nullptr, m_options);
}

ReportSession::~ReportSession() = default;

bool ReportSession::isReadOnly() const
{
    return m_store->isReadOnly() || m_report.status() == ReportStatus::Final;
}

QString ReportSession::readOnlyReason() const
{
    if (m_store->isReadOnly())
        return tr("The database file is open read-only (%1); the report cannot be changed.").arg(m_store->readOnlyReason());
    if (m_report.status() == ReportStatus::Final)
        return tr("The report is marked final; reopen it for editing to change it.");
    return {};
}

CellChange ReportSession::currentCell(const QString &key) const
{
    CellChange change{key, m_report.entered(key), {}};
    if (!change.number)
        change.text = m_report.cellText(key);
    return change;
}

QString ReportSession::metaField(const QString &field) const
{
    return ReportJson::metaValue(m_report.meta(), field);
}

void ReportSession::setAggregateUnits(const QStringList &included, const QStringList &missing)
{
    m_aggregate = true;
    m_included = included;
    m_missing = missing;
    Q_EMIT readOnlyChanged();
}

bool ReportSession::editCells(const CellChanges &changes, const QString &description, QString *error)
{
    if (m_aggregate) {
        *error = tr("The tables of an aggregate report are the sum of its units' reports: correct the unit's report, "
                    "then open the aggregate again to recompute it.");
        return false;
    }
    CellChanges before;
    CellChanges after;
    for (const CellChange &change : changes) {
        const CellChange current = currentCell(change.key);
        if (current == change)
            continue;
        before.append(current);
        after.append(change);
    }
    if (after.isEmpty())
        return true;
    if (!applyCells(after, error))
        return false;
    m_undoStack->push(new CellsCommand(this, before, after, description));
    return true;
}

bool ReportSession::editText(const QString &sectionId, const QString &text, QString *error)
{
    const QString before = m_report.text(sectionId);
    if (before == text)
        return true;
    if (!applyText(sectionId, text, error))
        return false;
    const Section *section = format().section(sectionId);
    m_undoStack->push(new TextCommand(this, sectionId, before, text, section ? section->heading : sectionId));
    return true;
}

bool ReportSession::editMeta(const QString &field, const QString &value, QString *error)
{
    const QString before = metaField(field);
    if (before == value)
        return true;
    if (!applyMeta(field, value, error))
        return false;
    m_undoStack->push(new MetaCommand(this, field, before, value, tr("change of %1").arg(fieldLabel(field))));
    return true;
}

bool ReportSession::explain(const Problem &problem, const QString &text, QString *error)
{
    if (problem.severity == Severity::Error) {
        *error = tr("Errors cannot be explained away: correct the figures.");
        return false;
    }
    if (isReadOnly()) {
        *error = readOnlyReason();
        return false;
    }
    const Explanation explanation{problem.finding(), problem.fingerprint(), text.trimmed()};
    StoreError storeError;
    if (!m_store->setExplanation(m_reportId, explanation, &storeError)) {
        *error = storeError.message();
        return false;
    }
    m_report.setExplanation(explanation);
    recheck();
    return true;
}

std::optional<QDate> ReportSession::deadline() const
{
    return RuleEngine::deadline(m_report, m_options);
}

bool ReportSession::confirmCarried(const QString &mark, QString *error)
{
    if (!m_report.isCarried(mark))
        return true;
    if (isReadOnly()) {
        *error = readOnlyReason();
        return false;
    }
    StoreError storeError;
    if (!m_store->confirmCarried(m_reportId, mark, tr("confirmed the value carried over from %1").arg(previousYear()), &storeError)) {
        *error = storeError.message();
        return false;
    }
    m_report.setCarried(mark, false);
    if (mark.startsWith(QStringLiteral("text:")))
        Q_EMIT textChanged(mark.mid(5));
    else
        Q_EMIT cellsChanged({mark});
    recheck();
    return true;
}

bool ReportSession::applyCells(const CellChanges &changes, QString *error)
{
    if (isReadOnly()) {
        *error = readOnlyReason();
        return false;
    }
    // Each edit carries what the window shows, so that another clerk's change is not overwritten.
    QList<CellEdit> edits;
    for (const CellChange &change : changes) {
        const CellChange shown = currentCell(change.key);
        edits.append(CellEdit{change.key, change.number, change.text, CellEdit::Shown{shown.number, shown.text}});
    }
    StoreError storeError;
    if (!m_store->setCells(m_reportId, edits, &storeError)) {
        *error = storeError.message();
        if (storeError.code() == StoreError::Code::Conflict)
            Q_EMIT changedElsewhere();
        return false;
    }
    QStringList keys;
    for (const CellChange &change : changes) {
        keys.append(change.key);
        if (change.number)
            m_report.setEntered(change.key, *change.number);
        else if (!change.text.isEmpty())
            m_report.setCellText(change.key, change.text);
        else
            m_report.clearCell(change.key);
    }
    Q_EMIT cellsChanged(keys);
    recheck();
    return true;
}

bool ReportSession::applyText(const QString &sectionId, const QString &text, QString *error)
{
    if (isReadOnly()) {
        *error = readOnlyReason();
        return false;
    }
    StoreError storeError;
    if (!m_store->setText(m_reportId, sectionId, text, &storeError)) {
        *error = storeError.message();
        return false;
    }
    m_report.setText(sectionId, text);
    Q_EMIT textChanged(sectionId);
    recheck();
    return true;
}

bool ReportSession::applyMeta(const QString &field, const QString &value, QString *error)
{
    if (isReadOnly()) {
        *error = readOnlyReason();
        return false;
    }
    StoreError storeError;
    if (!m_store->setMetaField(m_reportId, field, value, &storeError)) {
        *error = storeError.message();
        return false;
    }
    ReportMeta meta = m_report.meta();
    setMeta(&meta, field, value);
    m_report.setMeta(meta);
    Q_EMIT metaChanged();
    recheck();
    return true;
}

void ReportSession::setEditInFlight(bool inFlight)
{
    if (m_inFlight == inFlight)
        return;
    m_inFlight = inFlight;
    Q_EMIT editInFlightChanged(inFlight);
}

void ReportSession::setStatus(ReportStatus status)
{
    m_report.setStatus(status);
    Q_EMIT readOnlyChanged();
}

void ReportSession::recheck()
{
    m_options.chinese = Language::chinese();
    m_problems = RuleEngine::check(m_report, m_previous ? &*m_previous : nullptr, m_options);
    Q_EMIT problemsChanged();
}

} // namespace nianbao
