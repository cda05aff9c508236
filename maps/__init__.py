"""Folium rendering of reports: control, events and places, offline."""
