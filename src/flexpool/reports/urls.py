from django.urls import path

from flexpool.reports import views

urlpatterns = [
    path("grootboek/", views.ledger, name="ledger"),
    path("rapportage/", views.report_index, name="report-index"),
    path("rapportage/<str:code>/", views.report_detail, name="report-detail"),
    path("rapportage/<str:code>/rapportage.pdf", views.report_pdf, name="report-pdf"),
    path("openbaar/", views.public_report, name="public-report"),
    path("audit/", views.audit_log, name="audit-log"),
    path("auditlog/", views.audit_viewer, name="audit-viewer"),
    path("auditlog/audittrail.csv", views.audit_export, name="audit-export"),
]
