"""API shapes of agreements, the host and the funders."""

from __future__ import annotations

from django.urls import reverse
from rest_framework import serializers

from flexpool.agreements.models import HOST_KIND_CHOICES, AgreementKind, OrganisationKind
from flexpool.matching.models import Assignment
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality


class VersionSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    original_name = serializers.CharField()
    file_type = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    note = serializers.CharField()
    uploaded_at = serializers.DateTimeField()
    download = serializers.SerializerMethodField()

    def get_download(self, version) -> str:
        return reverse("agreement-file", args=[version.agreement_id, version.number])


class AgreementSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    pool = serializers.IntegerField(source="pool_id")
    kind = serializers.ChoiceField(choices=AgreementKind.choices)
    title = serializers.CharField()
    municipalities = serializers.SerializerMethodField(
        help_text="CBS codes of the municipalities that are party."
    )
    host_is_party = serializers.BooleanField()
    membership = serializers.IntegerField(source="membership_id", allow_null=True)
    assignment = serializers.IntegerField(source="assignment_id", allow_null=True)
    starts_on = serializers.DateField()
    ends_on = serializers.DateField(allow_null=True)
    version = serializers.IntegerField()
    signed = serializers.BooleanField()
    signed_on = serializers.DateField(allow_null=True)
    notes = serializers.CharField()
    versions = VersionSerializer(many=True)

    def get_municipalities(self, agreement) -> list[str]:
        return sorted(m.code for m in agreement.municipalities.all())


class AgreementWriteSerializer(serializers.Serializer):
    pool = serializers.PrimaryKeyRelatedField(queryset=Pool.objects.all())
    kind = serializers.ChoiceField(choices=AgreementKind.choices)
    title = serializers.CharField(max_length=200)
    municipalities = serializers.SlugRelatedField(
        slug_field="code", queryset=Municipality.objects.all(), many=True, required=False
    )
    host_is_party = serializers.BooleanField(required=False, default=False)
    membership = serializers.PrimaryKeyRelatedField(
        queryset=Membership.objects.all(), allow_null=True, required=False
    )
    assignment = serializers.PrimaryKeyRelatedField(
        queryset=Assignment.objects.select_related("request"), allow_null=True, required=False
    )
    starts_on = serializers.DateField()
    ends_on = serializers.DateField(allow_null=True, required=False)
    signed = serializers.BooleanField(required=False, default=False)
    signed_on = serializers.DateField(allow_null=True, required=False)
    notes = serializers.CharField(required=False, allow_blank=True, default="")


class VersionUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="PDF or Word (.docx), at most 20 MB.")
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=255)


class ContributionSerializer(serializers.Serializer):
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    amount_eur = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True, required=False)
    percentage = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True, required=False)


class FunderSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=OrganisationKind.choices)
    contributions = ContributionSerializer(many=True, required=False)


class HostSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=HOST_KIND_CHOICES)
    name = serializers.CharField(max_length=200, allow_blank=True, required=False, default="")
    municipality = serializers.SlugRelatedField(
        slug_field="code", queryset=Municipality.objects.all(), allow_null=True, required=False
    )
    role = serializers.CharField(max_length=255, allow_blank=True, required=False, default="")


class FundingSerializer(serializers.Serializer):
    pool = serializers.IntegerField(read_only=True)
    host = HostSerializer(allow_null=True)
    funders = FunderSerializer(many=True)
