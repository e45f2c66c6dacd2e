import calendar
import datetime


def add_months(date, months):
    """The same day `months` later, or the month's last day when it is shorter
    (31 August + 6 months is 28 or 29 February)."""
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))
