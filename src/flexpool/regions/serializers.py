"""Open reference data: RES regions and municipalities."""

from __future__ import annotations

from rest_framework import serializers

from flexpool.regions.models import Municipality, Region


class RegionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Region
        fields = ["code", "name"]


class MunicipalitySerializer(serializers.ModelSerializer):
    province = serializers.CharField(source="province.name")
    province_code = serializers.CharField(source="province.code")
    region = serializers.CharField(source="region.code")

    class Meta:
        model = Municipality
        fields = [
            "code",
            "name",
            "province",
            "province_code",
            "region",
            "population",
            "dwellings",
            "latitude",
            "longitude",
        ]
