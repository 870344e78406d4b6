"""Evaluations in the API (/api/v1/evaluations/): a paying municipality writes one per completed request."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.response import Response

from flexpool.core.api_support import IdField
from flexpool.demand.selectors import requests_for
from flexpool.evaluations import selectors, services
from flexpool.evaluations.models import Evaluation


class EvaluationSerializer(serializers.ModelSerializer):
    municipality = serializers.SlugRelatedField(slug_field="code", read_only=True)
    request_title = serializers.CharField(source="request.title", read_only=True)

    class Meta:
        model = Evaluation
        fields = [
            "id", "request", "request_title", "municipality", "result", "cooperation", "again",
            "went_well", "could_be_better", "created_at",
        ]  # fmt: skip
        read_only_fields = fields


class EvaluationInputSerializer(serializers.Serializer):
    request = IdField(help_text="De afgeronde vraag")
    result = serializers.IntegerField(min_value=1, max_value=5, help_text="Resultaat van het werk, 1–5")
    cooperation = serializers.IntegerField(min_value=1, max_value=5, help_text="Samenwerking, 1–5")
    again = serializers.IntegerField(min_value=1, max_value=5, help_text="Zou de pool weer inschakelen, 1–5")
    went_well = serializers.CharField(required=False, allow_blank=True, default="", max_length=4000)
    could_be_better = serializers.CharField(required=False, allow_blank=True, default="", max_length=4000)


class EvaluationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Evaluations: a contact reads its own municipality's, a coordinator those of its pools."""

    serializer_class = EvaluationSerializer
    permission_map = {"list": "evaluation.view", "retrieve": "evaluation.view", "create": "evaluation.write"}

    def get_queryset(self):
        return selectors.evaluations_for(self.request.user)

    @extend_schema(request=EvaluationInputSerializer, responses={201: EvaluationSerializer})
    def create(self, request, *args, **kwargs):
        body = EvaluationInputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        capacity_request = get_object_or_404(requests_for(request.user), pk=data["request"])
        evaluation = services.write_evaluation(
            actor=request.user,
            request=capacity_request,
            scores=services.Scores(
                result=data["result"],
                cooperation=data["cooperation"],
                again=data["again"],
                went_well=data["went_well"],
                could_be_better=data["could_be_better"],
            ),
        )
        return Response(
            EvaluationSerializer(self.get_queryset().get(pk=evaluation.pk)).data,
            status=status.HTTP_201_CREATED,
        )
