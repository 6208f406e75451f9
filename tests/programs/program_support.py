"""Shared by the program tests: the general lending conditions all met, and a parameter's value at a date."""
LEND_OK = dict(representative_full_capacity=True, resides_in_lending_commune=True, savings_group_member=True,
               selected_at_group_meeting=True, commune_certified=True)


def param(book, name, day):
    pv = book.parameters[name].at(day)
    return None if pv is None else pv.value
