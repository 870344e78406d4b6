"""REST API for members' self-service (/api/v1/me/...) and the coordinator's validation and
availability overview. The same services and checks as the pages."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from flexpool.accounts.api import RolePermission
from flexpool.accounts.permissions import coordinated_pool_ids, member_id, scope_members
from flexpool.core.weeks import iso_label, monday_of
from flexpool.matching.capacity import weekly_loads
from flexpool.pool import services
from flexpool.pool.models import CompetenceClaim, LeavePeriod, MemberCompetence, PoolMember

WEEKS = 26


class WeekSerializer(serializers.Serializer):
    week = serializers.SerializerMethodField()
    monday = serializers.DateField()
    contract = serializers.DecimalField(max_digits=5, decimal_places=1, allow_null=True)
    leave_hours = serializers.DecimalField(max_digits=5, decimal_places=1)
    capacity = serializers.DecimalField(max_digits=5, decimal_places=1)
    load = serializers.DecimalField(max_digits=6, decimal_places=1)
    free = serializers.DecimalField(max_digits=6, decimal_places=1)

    def get_week(self, week) -> str:
        return iso_label(week.monday)


class LevelSerializer(serializers.Serializer):
    competence = serializers.CharField()
    validated_level = serializers.IntegerField()
    pending_level = serializers.IntegerField(allow_null=True)


class ProfileSerializer(serializers.Serializer):
    name = serializers.CharField(read_only=True)
    home_municipality = serializers.CharField(help_text="CBS-code, bijvoorbeeld GM0106.")
    local_ties = serializers.ListField(child=serializers.CharField(), help_text="CBS-codes.")
    development_wishes = serializers.ListField(child=serializers.CharField(), help_text="Competentiecodes.")
    contract_hours = serializers.DecimalField(max_digits=4, decimal_places=1, read_only=True)
    competences = LevelSerializer(many=True, read_only=True)


class LevelsInSerializer(serializers.Serializer):
    levels = serializers.DictField(child=serializers.IntegerField(min_value=0, max_value=4))


class ContractInSerializer(serializers.Serializer):
    hours = serializers.DecimalField(max_digits=4, decimal_places=1)
    start = serializers.DateField()


class MemberLeaveSerializer(serializers.ModelSerializer):
    class Meta:
        model = LeavePeriod
        fields = ["id", "start", "end", "hours_per_week", "reason"]
        read_only_fields = ["id"]
        extra_kwargs = {"reason": {"required": False}, "hours_per_week": {"required": False}}


class CalendarLinkSerializer(serializers.Serializer):
    url = serializers.URLField()


class ClaimSerializer(serializers.ModelSerializer):
    member = serializers.CharField(source="member.name")
    competence = serializers.CharField(source="competence.code")
    level = serializers.IntegerField(help_text="1 basis, 2 gevorderd, 3 senior, 4 expert.")
    previous_level = serializers.IntegerField(allow_null=True)

    class Meta:
        model = CompetenceClaim
        fields = ["id", "member", "competence", "previous_level", "level", "status", "created_at", "reason"]
        read_only_fields = fields


class DecisionSerializer(serializers.Serializer):
    approve = serializers.BooleanField()
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=255)


class GridRowSerializer(serializers.Serializer):
    member = serializers.CharField()
    home_municipality = serializers.CharField()
    weeks = WeekSerializer(many=True)


def _me(request) -> PoolMember:
    return get_object_or_404(PoolMember, pk=member_id(request.user) or 0)


def _profile(member: PoolMember) -> dict:
    held = {
        mc.competence.code: mc.level
        for mc in MemberCompetence.objects.filter(member=member).select_related("competence")
    }
    pending = dict(
        CompetenceClaim.objects.filter(member=member, status=CompetenceClaim.Status.PENDING).values_list(
            "competence__code", "level"
        )
    )
    return {
        "name": member.name,
        "home_municipality": member.home_municipality.code,
        "local_ties": sorted(member.local_ties.values_list("code", flat=True)),
        "development_wishes": sorted(member.development_wishes.values_list("code", flat=True)),
        # As the schema says: a decimal as a string with one decimal, whatever type the row holds.
        "contract_hours": f"{Decimal(str(member.contract_hours)):.1f}",
        "competences": [
            {"competence": code, "validated_level": held.get(code, 0), "pending_level": pending.get(code)}
            for code in sorted(set(held) | set(pending))
        ],
    }  # fmt: skip


class MyProfileView(APIView):
    """The member's own profile; PUT changes home municipality, local ties and development wishes."""

    permission_classes = [RolePermission]
    permission_map = {"get": "member.own_profile", "put": "member.own_profile"}

    @extend_schema(responses=ProfileSerializer)
    def get(self, request):
        return Response(_profile(_me(request)))

    @extend_schema(request=ProfileSerializer, responses=ProfileSerializer)
    def put(self, request):
        data = ProfileSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        member = services.update_profile(actor=request.user, member=_me(request), **data.validated_data)
        return Response(_profile(member))


class MyCompetencesView(APIView):
    """Set levels per competence code (0 = none); a new or higher level waits for validation."""

    permission_classes = [RolePermission]
    permission_map = {"put": "member.own_profile"}

    @extend_schema(request=LevelsInSerializer, responses=ProfileSerializer)
    def put(self, request):
        data = LevelsInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        member = _me(request)
        services.set_competences(actor=request.user, member=member, levels=data.validated_data["levels"])
        return Response(_profile(member))


class MyContractView(APIView):
    """New contract hours from a start date on."""

    permission_classes = [RolePermission]
    permission_map = {"post": "member.own_profile"}

    @extend_schema(request=ContractInSerializer, responses={201: ProfileSerializer})
    def post(self, request):
        data = ContractInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        member = _me(request)
        services.set_contract_hours(actor=request.user, member=member, **data.validated_data)
        member.refresh_from_db()
        return Response(_profile(member), status=status.HTTP_201_CREATED)


class MyLeaveView(APIView):
    """Periods of leave (no `hours_per_week`) or fewer hours, from today on; POST adds one."""

    permission_classes = [RolePermission]
    permission_map = {"get": "member.own_profile", "post": "member.own_profile"}

    @extend_schema(responses=MemberLeaveSerializer(many=True))
    def get(self, request):
        periods = LeavePeriod.objects.filter(member=_me(request), end__gte=timezone.localdate()).order_by(
            "start"
        )
        return Response(MemberLeaveSerializer(periods, many=True).data)

    @extend_schema(request=MemberLeaveSerializer, responses={201: MemberLeaveSerializer})
    def post(self, request):
        data = MemberLeaveSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        period = services.add_leave(actor=request.user, member=_me(request), **data.validated_data)
        return Response(MemberLeaveSerializer(period).data, status=status.HTTP_201_CREATED)


class MyLeaveDetailView(APIView):
    permission_classes = [RolePermission]
    permission_map = {"delete": "member.own_profile"}

    @extend_schema(responses={204: None})
    def delete(self, request, pk: int):
        period = get_object_or_404(
            LeavePeriod.objects.select_related("member"), pk=pk, member_id=member_id(request.user) or 0
        )
        services.remove_leave(actor=request.user, period=period)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MyAvailabilityView(APIView):
    """The next 26 weeks: contract, leave, available, booked and free hours."""

    permission_classes = [RolePermission]
    permission_map = {"get": "member.own_profile"}

    @extend_schema(responses=WeekSerializer(many=True))
    def get(self, request):
        member = _me(request)
        start = monday_of(timezone.localdate())
        weeks = weekly_loads([member], start, start + timedelta(weeks=WEEKS, days=-1))[member.pk]
        return Response(WeekSerializer(weeks, many=True).data)


class MyCalendarLinkView(APIView):
    """POST: a new secret iCalendar link (the old one stops); DELETE: stop the link."""

    permission_classes = [RolePermission]
    permission_map = {"post": "member.own_profile", "delete": "member.own_profile"}

    @extend_schema(request=None, responses={201: CalendarLinkSerializer})
    def post(self, request):
        feed = services.renew_calendar_link(actor=request.user, member=_me(request))
        url = request.build_absolute_uri(reverse("calendar-feed", args=[feed.token]))
        return Response({"url": url}, status=status.HTTP_201_CREATED)

    @extend_schema(responses={204: None})
    def delete(self, request):
        services.stop_calendar_link(actor=request.user, member=_me(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ClaimListView(APIView):
    """Competence levels waiting for this coordinator's validation, oldest first."""

    permission_classes = [RolePermission]
    permission_map = {"get": "competence.validate"}

    @extend_schema(responses=ClaimSerializer(many=True))
    def get(self, request):
        claims = CompetenceClaim.objects.filter(
            status=CompetenceClaim.Status.PENDING, member__pool_id__in=coordinated_pool_ids(request.user)
        ).select_related("member", "competence")
        return Response(ClaimSerializer(claims, many=True).data)


class ClaimDecisionView(APIView):
    permission_classes = [RolePermission]
    permission_map = {"post": "competence.validate"}

    @extend_schema(request=DecisionSerializer, responses=ClaimSerializer)
    def post(self, request, pk: int):
        claim = get_object_or_404(
            CompetenceClaim.objects.filter(member__pool_id__in=coordinated_pool_ids(request.user)), pk=pk
        )
        data = DecisionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claim = services.decide_claim(actor=request.user, claim=claim, **data.validated_data)
        return Response(ClaimSerializer(claim).data)


class PoolAvailabilityView(APIView):
    """Members x 12 weeks (free, booked, leave), filterable by competence and municipality."""

    permission_classes = [RolePermission]
    permission_map = {"get": "pool.availability"}

    @extend_schema(
        parameters=[
            OpenApiParameter("competence", str, description="Competentiecode."),
            OpenApiParameter("municipality", str, description="CBS-code: woont er of heeft er binding."),
            OpenApiParameter("from", str, description="JJJJ-MM-DD; de week van deze dag."),
        ],
        responses=GridRowSerializer(many=True),
    )
    def get(self, request):
        members = scope_members(request.user, PoolMember.objects.filter(active=True))
        if competence := request.query_params.get("competence"):
            members = members.filter(competences__competence__code=competence)
        if municipality := request.query_params.get("municipality"):
            members = members.filter(
                Q(home_municipality__code=municipality) | Q(local_ties__code=municipality)
            )
        try:
            start = monday_of(
                timezone.datetime.fromisoformat(request.query_params["from"]).date()
                if "from" in request.query_params
                else timezone.localdate()
            )
        except ValueError:
            raise serializers.ValidationError({"from": ["Gebruik JJJJ-MM-DD."]}) from None
        members = list(
            members.distinct()
            .select_related("home_municipality")
            .prefetch_related(Prefetch("competences"))
            .order_by("name")
        )
        loads = weekly_loads(members, start, start + timedelta(weeks=12, days=-1))
        rows = [
            {"member": m.name, "home_municipality": m.home_municipality.name, "weeks": loads[m.pk]}
            for m in members
        ]
        return Response(GridRowSerializer(rows, many=True).data)
